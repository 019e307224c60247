// Which office's figures a supervisor or admin may see. Decision: supervisors and admins see their own
// office; a SUPERVISOR of a KECAMATAN office (the Camat) may also open the dashboards and SKM reports
// of the kelurahan/desa under that kecamatan, read-only. Nobody else sees another office ("not found").
import { can } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/types";

export function canViewDashboard(actor: Pick<Actor, "role">): boolean {
  return can(actor.role, "dashboard.view");
}

/** Whether the caller also reads the offices under their own (the Camat over the kelurahan). */
export function seesSubordinateOffices(actor: Pick<Actor, "role">, own: { type: string }): boolean {
  return canViewDashboard(actor) && can(actor.role, "dashboard.subordinateOffices") && own.type === "KECAMATAN";
}

/** The office to show among those the caller may view: the requested one, else the own office; null = not found. */
export function pickOffice<O extends { id: string }>(actor: Pick<Actor, "officeId">, viewable: O[], requested?: string | null): O | null {
  return viewable.find((o) => o.id === (requested || actor.officeId)) ?? null;
}
