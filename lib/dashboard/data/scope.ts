import "server-only";
import type { Actor } from "@/lib/auth/types";
import { can } from "@/lib/auth/policy";
import { db } from "@/lib/db";

// Which office's figures a supervisor or admin may see.
// Decision (explicit, tested in scope.integration.test.ts): supervisors and admins see their own
// office; a SUPERVISOR of a KECAMATAN office (the Camat) may also open the dashboards and SKM reports
// of the kelurahan/desa under that kecamatan, read-only. Nobody else sees another office ("not found").

export type ViewableOffice = { id: string; name: string; type: string };

export async function viewableOffices(actor: Actor): Promise<ViewableOffice[]> {
  if (!can(actor.role, "dashboard.view")) return [];
  const own = await db.office.findUnique({ where: { id: actor.officeId }, select: { id: true, name: true, type: true } });
  if (!own) return [];
  if (own.type !== "KECAMATAN" || actor.role !== "SUPERVISOR") return [own];
  const children = await db.office.findMany({
    where: { parentId: own.id, active: true },
    orderBy: { name: "asc" },
    select: { id: true, name: true, type: true },
  });
  return [own, ...children];
}

/** The office to show: the requested one if the actor may see it, the own office when none is asked; null otherwise. */
export async function resolveOffice(actor: Actor, requested?: string | null): Promise<ViewableOffice | null> {
  const offices = await viewableOffices(actor);
  if (!requested) return offices.find((o) => o.id === actor.officeId) ?? null;
  return offices.find((o) => o.id === requested) ?? null;
}

/** Services and units of an office, for the filters; a filter id from the URL is kept only if it is in here. */
export async function filterOptions(officeId: string) {
  const [services, units] = await Promise.all([
    db.service.findMany({ where: { officeId }, orderBy: { name: "asc" }, select: { id: true, name: true, unitId: true } }),
    db.unit.findMany({ where: { officeId }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
  ]);
  return { services, units };
}

