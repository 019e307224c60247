import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { MetricScope } from "./requests";

// Per-staff workload and SLA breaches of one office, by the request's current assignee. Keyset-paged
// on (name, id) so an office with many staff accounts is read a page at a time.

export type StaffRow = {
  userId: string;
  name: string;
  role: string;
  /** Open requests assigned to this person now (any open status, also those waiting on the resident). */
  openAssigned: number;
  /** Requests assigned to this person and completed in the period. */
  completed: number;
  /** Of those, completed after their due date. */
  completedLate: number;
  /** Open requests assigned to this person, not waiting on the resident, past their due date now. */
  openOverdue: number;
};

export const STAFF_PAGE = 25;

export type StaffCursor = { name: string; id: string };

export function encodeStaffCursor(c: StaffCursor): string {
  return Buffer.from(`${c.name}\u0000${c.id}`).toString("base64url");
}

export function decodeStaffCursor(value: string | null | undefined): StaffCursor | null {
  if (!value) return null;
  const [name, id] = Buffer.from(value, "base64url").toString("utf8").split("\u0000");
  return name !== undefined && id ? { name, id } : null;
}

export async function staffWorkload(scope: MetricScope, now = new Date(), after: StaffCursor | null = null, take = STAFF_PAGE) {
  const filters = Prisma.sql`${scope.serviceId ? Prisma.sql` AND r.service_id = ${scope.serviceId}` : Prisma.empty}${
    scope.unitId ? Prisma.sql` AND r.unit_id = ${scope.unitId}` : Prisma.empty
  }`;
  const rows = await db.$queryRaw<{ id: string; name: string; role: string; open_assigned: bigint; completed: bigint; completed_late: bigint; open_overdue: bigint }[]>(Prisma.sql`
    SELECT u.id, u.name, u.role::text AS role,
      COUNT(r.id) FILTER (WHERE r.status IN ('SUBMITTED', 'VERIFIED', 'NEEDS_CORRECTION', 'PROCESSING'))::bigint AS open_assigned,
      COUNT(r.id) FILTER (WHERE r.status = 'COMPLETED' AND r.completed_at >= ${scope.start} AND r.completed_at < ${scope.end})::bigint AS completed,
      COUNT(r.id) FILTER (WHERE r.status = 'COMPLETED' AND r.completed_at >= ${scope.start} AND r.completed_at < ${scope.end} AND r.completed_at > r.due_at)::bigint AS completed_late,
      COUNT(r.id) FILTER (WHERE r.status IN ('SUBMITTED', 'VERIFIED', 'PROCESSING') AND r.paused_at IS NULL AND r.due_at < ${now})::bigint AS open_overdue
    FROM users u
    LEFT JOIN service_requests r ON r.assignee_id = u.id AND r.office_id = ${scope.officeId}${filters}
      AND (r.status IN ('SUBMITTED', 'VERIFIED', 'NEEDS_CORRECTION', 'PROCESSING') OR (r.completed_at >= ${scope.start} AND r.completed_at < ${scope.end}))
    WHERE u.office_id = ${scope.officeId} AND u.role IN ('STAFF', 'SUPERVISOR', 'ADMIN') AND u.active
      ${after ? Prisma.sql`AND (u.name, u.id) > (${after.name}, ${after.id})` : Prisma.empty}
    GROUP BY u.id, u.name, u.role
    ORDER BY u.name, u.id
    LIMIT ${take + 1}`);
  const page = rows.slice(0, take).map((r): StaffRow => ({
    userId: r.id, name: r.name, role: r.role,
    openAssigned: Number(r.open_assigned), completed: Number(r.completed), completedLate: Number(r.completed_late), openOverdue: Number(r.open_overdue),
  }));
  const last = page[page.length - 1];
  return { rows: page, next: rows.length > take && last ? encodeStaffCursor({ name: last.name, id: last.userId }) : null };
}

/** Every staff row of the office (the CSV download), read page by page with the same query. */
export async function allStaffWorkload(scope: MetricScope, now = new Date()): Promise<StaffRow[]> {
  const out: StaffRow[] = [];
  let after: StaffCursor | null = null;
  for (;;) {
    const page = await staffWorkload(scope, now, after, 200);
    out.push(...page.rows);
    const cursor = decodeStaffCursor(page.next);
    if (!cursor) return out;
    after = cursor;
  }
}
