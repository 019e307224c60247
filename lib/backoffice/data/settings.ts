import "server-only";
import type { Actor } from "@/lib/auth/types";
import { db } from "@/lib/db";

/** The admin's office and its current "due soon" threshold in working days. */
export async function getSlaWarnDays(actor: Actor) {
  return db.office.findUniqueOrThrow({ where: { id: actor.officeId }, select: { slaWarnDays: true, name: true } });
}
