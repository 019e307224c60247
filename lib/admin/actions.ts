"use server";

import { z } from "zod";
import { action } from "@/lib/action";
import { targetInput, withOptionalTarget, withTarget } from "@/lib/action/nested";
import { issueResetToken } from "@/lib/accounts/mutations";
import { createHoliday, deleteHoliday, updateHoliday } from "./mutations/holidays";
import { createServicePoint, createUnit, updateOfficeHours, updateOwnOffice, updateServicePoint, updateUnit } from "./mutations/offices";
import { createStaffUser, setUserActive, updateStaffUser } from "./mutations/users";
import { holidaySchema, officeHoursSchema, officeSchema, servicePointSchema, staffUserSchema, unitSchema } from "./schema";

// Every action goes through the pipeline with the admin permission; the mutations then scope
// every record to the admin's own office (another office's id answers not_found).
const admin = { permission: "admin.manage" } as const;
const activeSchema = z.object({ active: z.boolean() });

export const updateOfficeAction = action({ ...admin, schema: officeSchema, revalidate: ["/admin/kantor", { tag: "catalogue" }] }, ({ actor, input }) =>
  updateOwnOffice(actor, input),
);

export const updateOfficeHoursAction = action({ ...admin, schema: officeHoursSchema, revalidate: ["/admin/hari-libur", { tag: "catalogue" }] }, async ({ actor, input }) => {
  // The mutation bumps the office's calendar version, so every instance's cache reloads it.
  return updateOfficeHours(actor, input);
});

const saveUnit = action({ ...admin, schema: withOptionalTarget(unitSchema), revalidate: ["/admin/kantor/unit"] }, ({ actor, input: { targetId, ...unit } }) =>
  targetId === null ? createUnit(actor, unit) : updateUnit(actor, targetId, unit),
);
export async function saveUnitAction(unitId: string | null, input: unknown) {
  return saveUnit(targetInput(unitId, input));
}

const setUnitActive = action({ ...admin, schema: withTarget(activeSchema), revalidate: ["/admin/kantor/unit"] }, ({ actor, input }) =>
  updateUnit(actor, input.targetId, { active: input.active }),
);
export async function setUnitActiveAction(unitId: string, active: boolean) {
  return setUnitActive({ targetId: unitId, active });
}

const savePoint = action({ ...admin, schema: withOptionalTarget(servicePointSchema), revalidate: ["/admin/kantor/pos-layanan"] }, ({ actor, input: { targetId, ...point } }) =>
  targetId === null ? createServicePoint(actor, point) : updateServicePoint(actor, targetId, point),
);
export async function saveServicePointAction(pointId: string | null, input: unknown) {
  return savePoint(targetInput(pointId, input));
}

const setPointActive = action({ ...admin, schema: withTarget(activeSchema), revalidate: ["/admin/kantor/pos-layanan"] }, ({ actor, input }) =>
  updateServicePoint(actor, input.targetId, { active: input.active }),
);
export async function setServicePointActiveAction(pointId: string, active: boolean) {
  return setPointActive({ targetId: pointId, active });
}

/** Creates a staff account; answers with the one-time link for its first password. */
export const createUserAction = action({ ...admin, schema: staffUserSchema, revalidate: ["/admin/pengguna"] }, async ({ actor, input }) => {
  const result = await createStaffUser(actor, input);
  return result.ok ? { ok: true as const, id: result.id, token: result.token, expiresAt: result.expiresAt.toISOString() } : result;
});

const updateUser = action({ ...admin, schema: withTarget(staffUserSchema), revalidate: ["/admin/pengguna"] }, ({ actor, input: { targetId, ...user } }) =>
  updateStaffUser(actor, targetId, user),
);
export async function updateUserAction(userId: string, input: unknown) {
  return updateUser(targetInput(userId, input));
}

const setUserActiveStep = action(
  { ...admin, schema: withTarget(activeSchema.extend({ reassignTo: z.string().min(1).max(40).nullable().optional() })), revalidate: (i) => ["/admin/pengguna", `/admin/pengguna/${i.targetId}`] },
  ({ actor, input }) => setUserActive(actor, input.targetId, input.active, input.reassignTo ?? null),
);
export async function setUserActiveAction(userId: string, active: boolean, reassignTo: string | null = null) {
  return setUserActiveStep({ targetId: userId, active, reassignTo });
}

const issueReset = action({ ...admin, schema: withTarget(z.object({})) }, async ({ actor, input }) => {
  const result = await issueResetToken(actor, input.targetId);
  return result.ok ? { ok: true as const, token: result.token, expiresAt: result.expiresAt.toISOString() } : result;
});
/** The link is shown once to the admin, who passes it on; only its hash is stored. */
export async function issueResetLinkAction(userId: string) {
  return issueReset({ targetId: userId });
}

const saveHoliday = action({ ...admin, schema: withOptionalTarget(holidaySchema), revalidate: ["/admin/hari-libur", { tag: "catalogue" }] }, async ({ actor, input: { targetId, ...holiday } }) => {
  return targetId === null ? createHoliday(actor, holiday) : updateHoliday(actor, targetId, holiday);
});
export async function saveHolidayAction(holidayId: string | null, input: unknown) {
  return saveHoliday(targetInput(holidayId, input));
}

const removeHoliday = action({ ...admin, schema: withTarget(z.object({})), revalidate: ["/admin/hari-libur", { tag: "catalogue" }] }, async ({ actor, input }) => {
  return deleteHoliday(actor, input.targetId);
});
export async function deleteHolidayAction(holidayId: string) {
  return removeHoliday({ targetId: holidayId });
}
