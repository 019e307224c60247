"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { actionActor } from "@/lib/auth";
import { issueResetToken } from "@/lib/accounts/mutations";
import { invalid, type FormResult } from "@/lib/accounts/result";
import { createHoliday, deleteHoliday, updateHoliday } from "./mutations/holidays";
import { createServicePoint, createUnit, updateOfficeHours, updateOwnOffice, updateServicePoint, updateUnit } from "./mutations/offices";
import { createStaffUser, setUserActive, updateStaffUser } from "./mutations/users";
import { holidaySchema, officeHoursSchema, officeSchema, servicePointSchema, staffUserSchema, unitSchema } from "./schema";

// Thin wrappers: every action re-checks the session and the admin permission; the mutations
// then scope every record to the admin's own office.
const id = z.string().min(1).max(40);
const admin = () => actionActor("admin.manage");
const forbidden = { ok: false, error: "forbidden" } as const;

export async function updateOfficeAction(input: unknown): Promise<FormResult> {
  const actor = await admin();
  if (!actor) return forbidden;
  const parsed = officeSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const result = await updateOwnOffice(actor, parsed.data);
  revalidatePath("/admin/kantor");
  return result;
}

export async function updateOfficeHoursAction(input: unknown): Promise<FormResult> {
  const actor = await admin();
  if (!actor) return forbidden;
  const parsed = officeHoursSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const result = await updateOfficeHours(actor, parsed.data);
  revalidatePath("/admin/hari-libur");
  return result;
}

export async function saveUnitAction(unitId: string | null, input: unknown): Promise<FormResult> {
  const actor = await admin();
  if (!actor) return forbidden;
  const parsed = unitSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const result = unitId === null ? await createUnit(actor, parsed.data) : id.safeParse(unitId).success ? await updateUnit(actor, unitId, parsed.data) : forbidden;
  revalidatePath("/admin/kantor/unit");
  return result;
}

export async function setUnitActiveAction(unitId: string, active: boolean): Promise<FormResult> {
  const actor = await admin();
  if (!actor || !id.safeParse(unitId).success) return forbidden;
  const result = await updateUnit(actor, unitId, { active: Boolean(active) });
  revalidatePath("/admin/kantor/unit");
  return result;
}

export async function saveServicePointAction(pointId: string | null, input: unknown): Promise<FormResult> {
  const actor = await admin();
  if (!actor) return forbidden;
  const parsed = servicePointSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const result =
    pointId === null ? await createServicePoint(actor, parsed.data) : id.safeParse(pointId).success ? await updateServicePoint(actor, pointId, parsed.data) : forbidden;
  revalidatePath("/admin/kantor/pos-layanan");
  return result;
}

export async function setServicePointActiveAction(pointId: string, active: boolean): Promise<FormResult> {
  const actor = await admin();
  if (!actor || !id.safeParse(pointId).success) return forbidden;
  const result = await updateServicePoint(actor, pointId, { active: Boolean(active) });
  revalidatePath("/admin/kantor/pos-layanan");
  return result;
}

/** Creates a staff account; answers with the one-time link for its first password. */
export async function createUserAction(input: unknown): Promise<FormResult<{ id: string; token: string; expiresAt: string }>> {
  const actor = await admin();
  if (!actor) return forbidden;
  const parsed = staffUserSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const result = await createStaffUser(actor, parsed.data);
  if (!result.ok) return result;
  revalidatePath("/admin/pengguna");
  return { ok: true, id: result.id, token: result.token, expiresAt: result.expiresAt.toISOString() };
}

export async function updateUserAction(userId: string, input: unknown): Promise<FormResult> {
  const actor = await admin();
  if (!actor || !id.safeParse(userId).success) return forbidden;
  const parsed = staffUserSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const result = await updateStaffUser(actor, userId, parsed.data);
  revalidatePath("/admin/pengguna");
  return result;
}

export async function setUserActiveAction(userId: string, active: boolean): Promise<FormResult> {
  const actor = await admin();
  if (!actor || !id.safeParse(userId).success) return forbidden;
  const result = await setUserActive(actor, userId, Boolean(active));
  revalidatePath("/admin/pengguna");
  revalidatePath(`/admin/pengguna/${userId}`);
  return result;
}

/** The link is shown once to the admin, who passes it on; only its hash is stored. */
export async function issueResetLinkAction(userId: string): Promise<FormResult<{ token: string; expiresAt: string }>> {
  const actor = await admin();
  if (!actor || !id.safeParse(userId).success) return forbidden;
  const result = await issueResetToken(actor, userId);
  return result.ok ? { ok: true, token: result.token, expiresAt: result.expiresAt.toISOString() } : result;
}

export async function saveHolidayAction(holidayId: string | null, input: unknown): Promise<FormResult> {
  const actor = await admin();
  if (!actor) return forbidden;
  const parsed = holidaySchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const result =
    holidayId === null ? await createHoliday(actor, parsed.data) : id.safeParse(holidayId).success ? await updateHoliday(actor, holidayId, parsed.data) : forbidden;
  revalidatePath("/admin/hari-libur");
  return result;
}

export async function deleteHolidayAction(holidayId: string): Promise<FormResult> {
  const actor = await admin();
  if (!actor || !id.safeParse(holidayId).success) return forbidden;
  const result = await deleteHoliday(actor, holidayId);
  revalidatePath("/admin/hari-libur");
  return result;
}
