// Who may administer which office settings and accounts, and read the audit log. Pure.
import { can, type Role } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/types";

/** Office settings, units, service points, holidays and staff accounts: the office's admin. */
export function canAdminister(actor: Pick<Actor, "role">): boolean {
  return can(actor.role, "admin.manage");
}

export type StaffRole = Exclude<Role, "RESIDENT">;

/** Staff accounts are edited here; residents' accounts are managed through their profile, not here. */
export function isStaffAccount<U extends { role: Role }>(user: U): user is U & { role: StaffRole } {
  return can(user.role, "account.staffProfile");
}

/**
 * An admin cannot take away their own admin rights (the office would risk having no admin left);
 * anyone else's role may change.
 */
export function keepsOwnAdminRights(actor: Pick<Actor, "userId">, user: { id: string }, newRole: Role): boolean {
  return user.id !== actor.userId || can(newRole, "admin.manage");
}

/** The audit log of who viewed or changed personal data: the own office's events only. */
export function auditLogWhere(actor: Actor) {
  if (!can(actor.role, "audit.view")) return { id: BigInt(-1) } as const;
  return { officeId: actor.officeId };
}
