import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/types";
import type { Prisma } from "@/lib/generated/prisma/client";
import { PAGE_SIZE, pageDirection, toPage, type PageRequest } from "@/lib/paging/keyset";
import type { AuditFilter } from "../schema";

// Filter dates are calendar days in Asia/Jakarta (UTC+7, no daylight saving).
const jakartaMidnight = (day: string) => new Date(`${day}T00:00:00+07:00`);

/** The office's audit log, newest first, paged by id. */
export async function listAuditEvents(actor: Actor, filter: AuditFilter & PageRequest) {
  const where: Prisma.AuditEventWhereInput[] = [{ officeId: actor.officeId }];
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
  return { ...page, items: page.items.map((r) => ({ ...r, id: String(r.id) })) };
}

/** Distinct action names of the office, for the filter's suggestions. */
export async function listAuditActions(actor: Actor) {
  const rows = await db.auditEvent.findMany({ where: { officeId: actor.officeId }, distinct: ["action"], select: { action: true }, orderBy: { action: "asc" } });
  return rows.map((r) => r.action);
}
