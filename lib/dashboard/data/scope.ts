import "server-only";
import type { Actor } from "@/lib/auth/types";
import { db } from "@/lib/db";
import { canViewDashboard, pickOffice, seesSubordinateOffices } from "../policy";

// Loads the offices a supervisor or admin may see; the rule is lib/dashboard/policy.ts.

export type ViewableOffice = { id: string; name: string; type: string };

export async function viewableOffices(actor: Actor): Promise<ViewableOffice[]> {
  if (!canViewDashboard(actor)) return [];
  const own = await db.office.findUnique({ where: { id: actor.officeId }, select: { id: true, name: true, type: true } });
  if (!own) return [];
  if (!seesSubordinateOffices(actor, own)) return [own];
  const children = await db.office.findMany({
    where: { parentId: own.id, active: true },
    orderBy: { name: "asc" },
    select: { id: true, name: true, type: true },
  });
  return [own, ...children];
}

/** The office to show: the requested one if the actor may see it, the own office when none is asked; null otherwise. */
export async function resolveOffice(actor: Actor, requested?: string | null): Promise<ViewableOffice | null> {
  return pickOffice(actor, await viewableOffices(actor), requested);
}

/** Services and units of an office, for the filters; a filter id from the URL is kept only if it is in here. */
export async function filterOptions(officeId: string) {
  const [services, units] = await Promise.all([
    db.service.findMany({ where: { officeId }, orderBy: { name: "asc" }, select: { id: true, name: true, unitId: true } }),
    db.unit.findMany({ where: { officeId }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
  ]);
  return { services, units };
}

