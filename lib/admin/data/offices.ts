import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/types";

/** Every office, to draw the tree (names and types are public). */
export async function listOfficeTree() {
  const offices = await db.office.findMany({
    orderBy: { name: "asc" },
    select: { id: true, name: true, type: true, parentId: true, active: true, regionCode: true },
  });
  type Node = (typeof offices)[number] & { children: Node[] };
  const nodes = new Map<string, Node>(offices.map((o) => [o.id, { ...o, children: [] }]));
  const roots: Node[] = [];
  for (const node of nodes.values()) {
    const parent = node.parentId ? nodes.get(node.parentId) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}

export async function getOwnOffice(actor: Actor) {
  return db.office.findUnique({
    where: { id: actor.officeId },
    select: {
      id: true, code: true, name: true, type: true, regionCode: true, address: true, phone: true, email: true, website: true,
      openTime: true, closeTime: true, slaWarnDays: true, parent: { select: { name: true } },
    },
  });
}

export async function listUnits(actor: Actor, options: { activeOnly?: boolean } = {}) {
  return db.unit.findMany({
    where: { officeId: actor.officeId, ...(options.activeOnly ? { active: true } : {}) },
    orderBy: [{ active: "desc" }, { name: "asc" }],
    select: { id: true, code: true, name: true, active: true, _count: { select: { members: true } } },
  });
}

export async function listServicePoints(actor: Actor, options: { activeOnly?: boolean } = {}) {
  return db.servicePoint.findMany({
    where: { officeId: actor.officeId, ...(options.activeOnly ? { active: true } : {}) },
    orderBy: [{ active: "desc" }, { name: "asc" }],
    select: { id: true, name: true, kind: true, address: true, active: true, _count: { select: { members: true } } },
  });
}

const jakartaToday = () =>
  new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Jakarta", year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date());

/** Small counts for the admin home. */
export async function adminOverview(actor: Actor) {
  const officeId = actor.officeId;
  const [staff, residents, units, servicePoints, upcomingHolidays] = await Promise.all([
    db.user.count({ where: { officeId, role: { not: "RESIDENT" }, active: true } }),
    db.residentProfile.count({ where: { officeId } }),
    db.unit.count({ where: { officeId, active: true } }),
    db.servicePoint.count({ where: { officeId, active: true } }),
    db.holiday.findMany({
      where: { officeId, date: { gte: new Date(`${jakartaToday()}T00:00:00Z`) } },
      orderBy: { date: "asc" },
      take: 3,
      select: { date: true, name: true },
    }),
  ]);
  return { staff, residents, units, servicePoints, upcomingHolidays };
}
