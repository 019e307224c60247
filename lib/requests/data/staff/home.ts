import "server-only";
import type { Actor } from "@/lib/auth/types";
import { db } from "@/lib/db";
import { queueFilterSchema, type QueueFilters } from "@/lib/requests/staff-schema";
import { requestScope } from "@/lib/requests/policy";
import { fetchQueueRows, officeBoundaries } from "./queue";
import { queueCountSql } from "./queue-sql";

const view = (over: Partial<QueueFilters>): QueueFilters => queueFilterSchema.parse(over);

/** The staff home: my open work (most urgent first) and the counters that link into the queue. */
export async function getStaffHome(actor: Actor, now = new Date()) {
  const b = await officeBoundaries(actor.officeId, now);
  const scope = requestScope(actor);
  const count = async (over: Partial<QueueFilters>) => {
    const sql = queueCountSql(scope, view(over), b);
    if (!sql) return 0;
    const rows = await db.$queryRaw<{ n: number }[]>(sql);
    return rows[0]?.n ?? 0;
  };
  const views = {
    overdue: { sla: "OVERDUE" },
    dueSoon: { sla: "DUE_SOON" },
    paused: { sla: "PAUSED" },
    unassigned: { assignee: "unassigned" },
    mine: { assignee: "me" },
  } as const satisfies Record<string, Partial<QueueFilters>>;
  const [overdue, dueSoon, paused, unassigned, mine, myWork] = await Promise.all([
    count(views.overdue),
    count(views.dueSoon),
    count(views.paused),
    count(views.unassigned),
    count(views.mine),
    fetchQueueRows(scope, view({ assignee: "me", sort: "due_asc" }), b, { limit: 10 }),
  ]);
  return { counts: { overdue, dueSoon, paused, unassigned, mine }, views, myWork: myWork.rows, boundaries: b };
}
