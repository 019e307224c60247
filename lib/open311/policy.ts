import { can } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/types";

/** Open311 client keys belong to an office; only that office's admin creates, sees or revokes them. */
export function canManageApiClient(actor: Actor, client: { officeId: string }): boolean {
  return can(actor.role, "admin.manage") && actor.officeId === client.officeId;
}

/** A key files only into its own office: another office's jurisdiction_id answers 403. */
export function keyMayFileInto(client: { officeId: string }, office: { id: string }): boolean {
  return client.officeId === office.id;
}
