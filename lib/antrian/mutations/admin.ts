import "server-only";
import type { Actor } from "@/lib/auth/types";
import { db } from "@/lib/db";
import type { QueueServiceInput, ScheduleInput, SettingsInput } from "../schema";
import { isUniqueViolation } from "./errors";
import { announceQueueChange } from "./live";

type R = { ok: true } | { ok: false; error: "not_found" | "prefix_taken" | "number_taken" | "counter_busy" };

// Every write names the admin's own office in its where clause: another office's id updates nothing (404).

export async function saveQueueService(actor: Actor, input: QueueServiceInput): Promise<R> {
  if (input.serviceId && !(await db.service.findFirst({ where: { id: input.serviceId, officeId: actor.officeId }, select: { id: true } }))) return { ok: false, error: "not_found" };
  const data = { name: input.name, prefix: input.prefix, serviceId: input.serviceId ?? null, avgServiceMin: input.avgServiceMin, requireVerifiedRequest: input.requireVerifiedRequest };
  try {
    if (input.id) {
      const done = await db.queueService.updateMany({ where: { id: input.id, officeId: actor.officeId }, data });
      return done.count ? { ok: true } : { ok: false, error: "not_found" };
    }
    await db.queueService.create({ data: { ...data, officeId: actor.officeId } });
    return { ok: true };
  } catch (e) {
    if (isUniqueViolation(e)) return { ok: false, error: "prefix_taken" };
    throw e;
  }
}

export async function saveSchedule(actor: Actor, input: ScheduleInput): Promise<R> {
  const [service, point] = await Promise.all([
    db.queueService.findFirst({ where: { id: input.queueServiceId, officeId: actor.officeId }, select: { id: true } }),
    db.servicePoint.findFirst({ where: { id: input.servicePointId, officeId: actor.officeId }, select: { id: true } }),
  ]);
  if (!service || !point) return { ok: false, error: "not_found" };
  const data = {
    queueServiceId: input.queueServiceId, servicePointId: input.servicePointId, weekdays: [...new Set(input.weekdays)].sort(),
    startTime: input.startTime, endTime: input.endTime, slotMinutes: input.slotMinutes, quotaPerSlot: input.quotaPerSlot, quotaPerDay: input.quotaPerDay,
  };
  if (input.id) {
    const done = await db.queueSchedule.updateMany({ where: { id: input.id, officeId: actor.officeId }, data });
    return done.count ? { ok: true } : { ok: false, error: "not_found" };
  }
  await db.queueSchedule.create({ data: { ...data, officeId: actor.officeId } });
  return { ok: true };
}

export async function deleteSchedule(actor: Actor, id: string): Promise<R> {
  const done = await db.queueSchedule.deleteMany({ where: { id, officeId: actor.officeId } });
  return done.count ? { ok: true } : { ok: false, error: "not_found" };
}

/** Adds a closure, or with `id` changes one of this office's (date, service or reason). */
export async function saveClosure(actor: Actor, input: { id?: string; queueServiceId?: string; date: string; reason: string }): Promise<R> {
  if (input.queueServiceId && !(await db.queueService.findFirst({ where: { id: input.queueServiceId, officeId: actor.officeId }, select: { id: true } }))) return { ok: false, error: "not_found" };
  const data = { queueServiceId: input.queueServiceId ?? null, date: new Date(`${input.date}T00:00:00Z`), reason: input.reason };
  if (input.id) {
    // Moving a closure frees its old day: the closures trigger tells every instance's booking waiting room.
    const done = await db.queueClosure.updateMany({ where: { id: input.id, officeId: actor.officeId }, data });
    return done.count ? { ok: true } : { ok: false, error: "not_found" };
  }
  await db.queueClosure.create({ data: { ...data, officeId: actor.officeId } });
  return { ok: true };
}

export async function deleteClosure(actor: Actor, id: string): Promise<R> {
  const done = await db.queueClosure.deleteMany({ where: { id, officeId: actor.officeId } });
  return done.count ? { ok: true } : { ok: false, error: "not_found" };
}

export async function addCounter(actor: Actor, input: { servicePointId: string; number: number }): Promise<R> {
  if (!(await db.servicePoint.findFirst({ where: { id: input.servicePointId, officeId: actor.officeId }, select: { id: true } }))) return { ok: false, error: "not_found" };
  try {
    await db.queueCounter.create({ data: { officeId: actor.officeId, servicePointId: input.servicePointId, number: input.number } });
    return { ok: true };
  } catch (e) {
    if (isUniqueViolation(e)) return { ok: false, error: "number_taken" };
    throw e;
  }
}

/**
 * Takes a loket out of service (closed for the day, under repair) or back. A loket with a number
 * called or being served keeps working until that number is finished. Inactive lokets leave the
 * staff's loket picker, the display and the wait estimate; their history stays.
 */
export async function setCounterActive(actor: Actor, input: { counterId: string; active: boolean }): Promise<R> {
  return db.$transaction(async (tx) => {
    const counter = await tx.queueCounter.findFirst({ where: { id: input.counterId, officeId: actor.officeId }, select: { id: true } });
    if (!counter) return { ok: false, error: "not_found" } as const;
    if (!input.active && (await tx.queueTicket.count({ where: { counterId: counter.id, status: { in: ["CALLED", "SERVING"] } } }))) {
      return { ok: false, error: "counter_busy" } as const;
    }
    await tx.queueCounter.update({ where: { id: counter.id }, data: { active: input.active } });
    await announceQueueChange(tx, actor.officeId);
    return { ok: true } as const;
  });
}

export async function saveSettings(actor: Actor, input: SettingsInput): Promise<R> {
  await db.queueSettings.upsert({ where: { officeId: actor.officeId }, update: input, create: { ...input, officeId: actor.officeId } });
  return { ok: true };
}

/**
 * Which services a loket calls (none chosen: every service of the office). Only the admin's own
 * office's loket and services: anything else is not_found and nothing changes.
 */
export async function setCounterServices(actor: Actor, input: { counterId: string; serviceIds: string[] }): Promise<R> {
  const wanted = [...new Set(input.serviceIds)].sort();
  const [counter, known] = await Promise.all([
    db.queueCounter.findFirst({ where: { id: input.counterId, officeId: actor.officeId }, select: { id: true } }),
    wanted.length ? db.queueService.count({ where: { id: { in: wanted }, officeId: actor.officeId } }) : Promise.resolve(0),
  ]);
  if (!counter || known !== wanted.length) return { ok: false, error: "not_found" };
  await db.queueCounter.update({ where: { id: counter.id }, data: { serviceIds: wanted } });
  return { ok: true };
}
