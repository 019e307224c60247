import "server-only";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/types";
import { uniqueViolationField } from "@/lib/accounts/unique";
import type { z } from "zod";
import type { officeHoursSchema, officeSchema, servicePointSchema, unitSchema } from "../schema";
import { changedFields, forbidden, isAdmin, notFound, type Failure } from "./result";

type Ok = { ok: true };

/** Name, address and contacts of the admin's own office (never another one). */
export async function updateOwnOffice(actor: Actor, input: z.output<typeof officeSchema>): Promise<Ok | Failure> {
  if (!isAdmin(actor)) return forbidden;
  const data = { name: input.name, address: input.address, phone: input.phone || null, email: input.email || null, website: input.website || null };
  const before = await db.office.findUnique({ where: { id: actor.officeId }, select: { name: true, address: true, phone: true, email: true, website: true } });
  if (!before) return notFound;
  await db.$transaction(async (tx) => {
    await tx.office.update({ where: { id: actor.officeId }, data });
    await recordAudit(actor, "office.updated", { type: "office", id: actor.officeId }, { fields: changedFields(before, data) }, tx);
  });
  return { ok: true };
}

/** Opening hours (the SLA clock's cut-off) and how many working days before a deadline to warn. */
export async function updateOfficeHours(actor: Actor, input: z.output<typeof officeHoursSchema>): Promise<Ok | Failure> {
  if (!isAdmin(actor)) return forbidden;
  await db.$transaction(async (tx) => {
    await tx.office.update({ where: { id: actor.officeId }, data: { ...input, calendarVersion: { increment: 1 } } });
    await recordAudit(actor, "office.hours_updated", { type: "office", id: actor.officeId }, input, tx);
  });
  return { ok: true };
}

export async function createUnit(actor: Actor, input: z.output<typeof unitSchema>): Promise<(Ok & { id: string }) | Failure> {
  if (!isAdmin(actor)) return forbidden;
  try {
    return await db.$transaction(async (tx) => {
      const unit = await tx.unit.create({ data: { officeId: actor.officeId, code: input.code, name: input.name }, select: { id: true } });
      await recordAudit(actor, "unit.created", { type: "unit", id: unit.id }, input, tx);
      return { ok: true as const, id: unit.id };
    });
  } catch (error) {
    if (!uniqueViolationField(error, ["code"])) throw error;
    return { ok: false, error: "conflict", fieldErrors: { code: "code_taken" } };
  }
}

/** Renames, recodes, deactivates or reactivates a unit of the admin's office (only the fields given). */
export async function updateUnit(actor: Actor, unitId: string, input: Partial<z.output<typeof unitSchema>> & { active?: boolean }): Promise<Ok | Failure> {
  if (!isAdmin(actor)) return forbidden;
  const unit = await db.unit.findFirst({ where: { id: unitId, officeId: actor.officeId }, select: { id: true, code: true, name: true, active: true } });
  if (!unit) return notFound;
  const data = { code: input.code ?? unit.code, name: input.name ?? unit.name, active: input.active ?? unit.active };
  try {
    await db.$transaction(async (tx) => {
      await tx.unit.update({ where: { id: unit.id }, data });
      const action = data.active === unit.active ? "unit.updated" : data.active ? "unit.reactivated" : "unit.deactivated";
      await recordAudit(actor, action, { type: "unit", id: unit.id }, { fields: changedFields(unit, data) }, tx);
    });
  } catch (error) {
    if (!uniqueViolationField(error, ["code"])) throw error;
    return { ok: false, error: "conflict", fieldErrors: { code: "code_taken" } };
  }
  return { ok: true };
}

export async function createServicePoint(actor: Actor, input: z.output<typeof servicePointSchema>): Promise<(Ok & { id: string }) | Failure> {
  if (!isAdmin(actor)) return forbidden;
  return db.$transaction(async (tx) => {
    const point = await tx.servicePoint.create({
      data: { officeId: actor.officeId, name: input.name, kind: input.kind, address: input.address || null },
      select: { id: true },
    });
    await recordAudit(actor, "service_point.created", { type: "service_point", id: point.id }, { name: input.name, kind: input.kind }, tx);
    return { ok: true as const, id: point.id };
  });
}

/** Edits, deactivates or reactivates a service point of the admin's office (only the fields given). */
export async function updateServicePoint(
  actor: Actor,
  pointId: string,
  input: Partial<z.output<typeof servicePointSchema>> & { active?: boolean },
): Promise<Ok | Failure> {
  if (!isAdmin(actor)) return forbidden;
  const point = await db.servicePoint.findFirst({
    where: { id: pointId, officeId: actor.officeId },
    select: { id: true, name: true, kind: true, address: true, active: true },
  });
  if (!point) return notFound;
  const data = {
    name: input.name ?? point.name,
    kind: input.kind ?? point.kind,
    address: input.address === undefined ? point.address : input.address || null,
    active: input.active ?? point.active,
  };
  await db.$transaction(async (tx) => {
    await tx.servicePoint.update({ where: { id: point.id }, data });
    const action = data.active === point.active ? "service_point.updated" : data.active ? "service_point.reactivated" : "service_point.deactivated";
    await recordAudit(actor, action, { type: "service_point", id: point.id }, { fields: changedFields(point, data) }, tx);
  });
  return { ok: true };
}
