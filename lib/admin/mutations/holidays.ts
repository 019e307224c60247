import "server-only";
import { canAdminister } from "../policy";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/types";
import { uniqueViolationField } from "@/lib/accounts/unique";
import { bumpCalendarVersion } from "@/lib/calendar/mutations";
import type { z } from "zod";
import type { holidaySchema } from "../schema";
import { forbidden, notFound, type Failure } from "./result";

type Holiday = Omit<z.output<typeof holidaySchema>, "cutiBersama"> & { cutiBersama?: boolean };
const asDate = (day: string) => new Date(`${day}T00:00:00Z`); // a DATE column: midnight UTC stands for the day

const dateTaken: Failure = { ok: false, error: "conflict", fieldErrors: { date: "date_taken" } };

/** Office holidays (cuti bersama, local days off); national ones come from the seed. */
export async function createHoliday(actor: Actor, input: Holiday): Promise<{ ok: true; id: string } | Failure> {
  if (!canAdminister(actor)) return forbidden;
  try {
    return await db.$transaction(async (tx) => {
      const row = await tx.holiday.create({ data: { officeId: actor.officeId, date: asDate(input.date), name: input.name, national: false, cutiBersama: input.cutiBersama ?? false }, select: { id: true } });
      await bumpCalendarVersion(tx, actor.officeId);
      await recordAudit(actor, "holiday.created", { type: "holiday", id: row.id }, input, tx);
      return { ok: true as const, id: row.id };
    });
  } catch (error) {
    if (!uniqueViolationField(error, ["date"])) throw error;
    return dateTaken;
  }
}

export async function updateHoliday(actor: Actor, holidayId: string, input: Holiday): Promise<{ ok: true } | Failure> {
  if (!canAdminister(actor)) return forbidden;
  const row = await db.holiday.findFirst({ where: { id: holidayId, officeId: actor.officeId }, select: { id: true } });
  if (!row) return notFound;
  try {
    await db.$transaction(async (tx) => {
      await tx.holiday.update({ where: { id: row.id }, data: { date: asDate(input.date), name: input.name, cutiBersama: input.cutiBersama ?? false } });
      await bumpCalendarVersion(tx, actor.officeId);
      await recordAudit(actor, "holiday.updated", { type: "holiday", id: row.id }, input, tx);
    });
  } catch (error) {
    if (!uniqueViolationField(error, ["date"])) throw error;
    return dateTaken;
  }
  return { ok: true };
}

export async function deleteHoliday(actor: Actor, holidayId: string): Promise<{ ok: true } | Failure> {
  if (!canAdminister(actor)) return forbidden;
  const row = await db.holiday.findFirst({ where: { id: holidayId, officeId: actor.officeId }, select: { id: true, date: true, name: true } });
  if (!row) return notFound;
  await db.$transaction(async (tx) => {
    await tx.holiday.delete({ where: { id: row.id } });
    await bumpCalendarVersion(tx, actor.officeId);
    await recordAudit(actor, "holiday.deleted", { type: "holiday", id: row.id }, { date: row.date.toISOString().slice(0, 10), name: row.name }, tx);
  });
  return { ok: true };
}
