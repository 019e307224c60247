import "server-only";
import { recordAudit } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/types";
import { can } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import { forgetOfficeCalendar } from "../data/clock";
import type { SlaSettingsInput } from "../schema";
import { fail } from "../types";

/** Sets how many working days before the due date a request counts as "due soon", for the admin's own office. */
export async function updateSlaWarnDays(actor: Actor, input: SlaSettingsInput) {
  if (!can(actor.role, "admin.manage")) return fail("forbidden");
  await db.$transaction(async (tx) => {
    await tx.office.update({ where: { id: actor.officeId }, data: { slaWarnDays: input.slaWarnDays } });
    await recordAudit(actor, "office.sla_threshold_updated", { type: "Office", id: actor.officeId }, { slaWarnDays: input.slaWarnDays }, tx);
  });
  forgetOfficeCalendar(actor.officeId);
  return { ok: true as const };
}
