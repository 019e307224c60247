// Who may read and change which service of the catalogue. The public catalogue (active services of
// active offices) is open to everyone; editing is the own office's admin. Pure.
import { can } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/types";

/** Creating and editing services, requirements and their history: the office's admin. */
export function canManageCatalogue(actor: Pick<Actor, "role">): boolean {
  return can(actor.role, "admin.manage");
}

/** The services (and units) an admin manages: those of their own office; another office's is "not found". */
export function managedServiceWhere(actor: Actor) {
  if (!canManageCatalogue(actor)) return { id: "__none__" } as const;
  return { officeId: actor.officeId };
}
