import "server-only";
import { can } from "@/lib/auth/policy";
import { auditLogWhere } from "../policy";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/types";
import type { Prisma } from "@/lib/generated/prisma/client";
import { PAGE_SIZE, pageDirection, toPage, type PageRequest } from "@/lib/paging/keyset";
import type { AuditFilter } from "../schema";

// Filter dates are calendar days in Asia/Jakarta (UTC+7, no daylight saving).
const jakartaMidnight = (day: string) => new Date(`${day}T00:00:00+07:00`);

/** The office's audit log, newest first, paged by id. */
export async function listAuditEvents(actor: Actor, filter: AuditFilter & PageRequest) {
  const where: Prisma.AuditEventWhereInput[] = [auditLogWhere(actor)];
  if (filter.action) where.push({ action: { startsWith: filter.action } });
  if (filter.actor) {
    const q = filter.actor;
    where.push({ actor: { OR: [{ name: { contains: q, mode: "insensitive" } }, { email: { contains: q.toLowerCase() } }] } });
  }
  if (filter.from) where.push({ createdAt: { gte: jakartaMidnight(filter.from) } });
  if (filter.to) where.push({ createdAt: { lt: new Date(jakartaMidnight(filter.to).getTime() + 86_400_000) } });

  const { cursor, backwards } = pageDirection(filter);
  const cursorId = cursor && /^\d+$/.test(cursor.i) ? BigInt(cursor.i) : null;
  // Newest first: the next page holds smaller ids.
  if (cursorId !== null) where.push({ id: backwards ? { gt: cursorId } : { lt: cursorId } });
  const rows = await db.auditEvent.findMany({
    where: { AND: where },
    orderBy: { id: backwards ? "asc" : "desc" },
    take: PAGE_SIZE + 1,
    select: {
      id: true, action: true, targetType: true, targetId: true, ip: true, details: true, createdAt: true,
      actor: { select: { name: true, role: true } },
    },
  });
  const page = toPage(rows, PAGE_SIZE, backwards, cursorId !== null, (r) => ({ k: "", i: String(r.id) }));
  const labels = await targetLabels(actor.officeId, page.items);
  return { ...page, items: page.items.map((r) => ({ ...r, id: String(r.id), targetLabel: labels.get(`${r.targetType}:${r.targetId}`) ?? null })) };
}

/**
 * Readable names of a page's targets (a request's number, a complaint's ticket, a person's or a
 * service's name), one query per target type and only within the office. Unknown ones keep their id.
 */
async function targetLabels(officeId: string, rows: { targetType: string; targetId: string }[]): Promise<Map<string, string>> {
  const ids = (type: string) => [...new Set(rows.filter((r) => r.targetType === type).map((r) => r.targetId))];
  const out = new Map<string, string>();
  const put = (type: string, list: { id: string; label: string | null }[]) => { for (const x of list) if (x.label) out.set(`${type}:${x.id}`, x.label); };
  const lookups: Record<string, (list: string[]) => Promise<{ id: string; label: string | null }[]>> = {
    request: async (list) => (await db.serviceRequest.findMany({ where: { id: { in: list }, officeId }, select: { id: true, number: true } })).map((r) => ({ id: r.id, label: r.number })),
    complaint: async (list) => (await db.complaint.findMany({ where: { id: { in: list }, officeId }, select: { id: true, ticket: true } })).map((r) => ({ id: r.id, label: r.ticket })),
    resident: async (list) => (await db.residentProfile.findMany({ where: { id: { in: list }, officeId }, select: { id: true, fullName: true } })).map((r) => ({ id: r.id, label: r.fullName })),
    user: async (list) => (await db.user.findMany({ where: { id: { in: list }, officeId }, select: { id: true, name: true } })).map((r) => ({ id: r.id, label: r.name })),
    service: async (list) => (await db.service.findMany({ where: { id: { in: list }, officeId }, select: { id: true, name: true } })).map((r) => ({ id: r.id, label: r.name })),
    unit: async (list) => (await db.unit.findMany({ where: { id: { in: list }, officeId }, select: { id: true, name: true } })).map((r) => ({ id: r.id, label: r.name })),
    service_point: async (list) => (await db.servicePoint.findMany({ where: { id: { in: list }, officeId }, select: { id: true, name: true } })).map((r) => ({ id: r.id, label: r.name })),
    office: async (list) => (await db.office.findMany({ where: { id: { in: list.filter((id) => id === officeId) } }, select: { id: true, name: true } })).map((r) => ({ id: r.id, label: r.name })),
    holiday: async (list) =>
      (await db.holiday.findMany({ where: { id: { in: list }, officeId }, select: { id: true, name: true, date: true } })).map((r) => ({ id: r.id, label: `${r.name} (${r.date.toISOString().slice(0, 10)})` })),
  };
  await Promise.all(Object.entries(lookups).map(async ([type, lookup]) => {
    const list = ids(type);
    if (list.length) put(type, await lookup(list));
  }));
  return out;
}

/**
 * Distinct action names of the office, for the filter's suggestions. A loose index scan over
 * audit_events(office_id, action): one index probe per distinct action (a few dozen), instead of
 * reading every audit row of the office.
 */
export async function listAuditActions(actor: Actor) {
  if (!can(actor.role, "audit.view")) return [];
  const rows = await db.$queryRaw<{ action: string }[]>`
    WITH RECURSIVE a AS (
      (SELECT action FROM audit_events WHERE office_id = ${actor.officeId} ORDER BY action LIMIT 1)
      UNION ALL
      SELECT (SELECT e.action FROM audit_events e WHERE e.office_id = ${actor.officeId} AND e.action > a.action ORDER BY e.action LIMIT 1)
      FROM a WHERE a.action IS NOT NULL
    )
    SELECT action FROM a WHERE action IS NOT NULL`;
  return rows.map((r) => r.action);
}
