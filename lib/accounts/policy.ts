// Who may change which account: one's own password and contacts, and an admin's reset links for the
// accounts of their own office. Pure; where shapes are plain objects Prisma accepts.
import { can } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/types";

/** Staff, supervisors and admins edit their own name and contacts here; residents do it on /profil. */
export function canEditStaffProfile(actor: Pick<Actor, "role">): boolean {
  return can(actor.role, "account.staffProfile");
}

/** One-time reset links are issued by an admin, for accounts of their own office only. */
export function resetTargetWhere(actor: Actor) {
  if (!can(actor.role, "admin.manage")) return { id: "__none__" } as const;
  return { officeId: actor.officeId };
}
