// Who may see and change which resident profile. Pure; where shapes are plain objects Prisma accepts.
import { can } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/types";

/** A signed-in resident working on their own profile (/profil). */
export function isResidentSelf(actor: Pick<Actor, "role">): boolean {
  return can(actor.role, "resident.self");
}

/** The caller's own profile; for staff accounts, none. */
export function ownProfileWhere(actor: Actor) {
  if (!isResidentSelf(actor)) return { id: "__none__" } as const;
  return { userId: actor.userId };
}

/**
 * The staff directory: residents registered at the caller's own office, for those who may see
 * personal data (each detail view is audited). Another office's resident is "not found".
 */
export function residentDirectoryWhere(actor: Actor) {
  if (!can(actor.role, "resident.viewPersonalData")) return { id: "__none__" } as const;
  return { officeId: actor.officeId };
}

/** Register entries and imports the caller may change: their own office's, for register keepers. */
export function registerWriteWhere(actor: Actor) {
  if (!can(actor.role, "resident.register")) return { id: "__none__" } as const;
  return { officeId: actor.officeId };
}

/** Privacy requests: a resident sees their own; the office admin handles the office's. */
export function privacyRequestWhere(actor: Actor) {
  if (can(actor.role, "privacy.request")) return { userId: actor.userId };
  if (can(actor.role, "privacy.handle")) return { officeId: actor.officeId };
  return { id: "__none__" } as const;
}
