// One SLA rule for the queue, the detail page, exports and the staff home, so they never disagree.
// The state is computed in TypeScript for display and translated into due/pause bounds for SQL.
import {
  extendForPause,
  slaBoundaries,
  slaState,
  type OfficeCalendar,
  type SlaState,
} from "@/lib/calendar/working-days";
// eslint-disable-next-line no-restricted-imports -- type only: resumeSla runs inside the caller's transaction
import type { Prisma } from "@/lib/generated/prisma/client";
import { OPEN_STATUSES, type RequestStatus } from "@/lib/requests/workflow";
import { loadOfficeCalendar } from "@/lib/calendar/data";

export type { SlaState } from "@/lib/calendar/working-days";
export type SlaBoundaries = { now: Date; dueSoonUntil: Date };
export const SLA_STATES: SlaState[] = ["ON_TRACK", "DUE_SOON", "OVERDUE", "PAUSED"];

export function boundariesFor(now: Date, warnDays: number, calendar: OfficeCalendar): SlaBoundaries {
  return slaBoundaries(now, warnDays, calendar);
}

/** SLA state of a request; null once it is finished (completed, rejected, cancelled) or still a draft. */
export function requestSla(
  row: { status: RequestStatus | string; dueAt: Date | null; pausedAt: Date | null },
  boundaries: SlaBoundaries,
): SlaState | null {
  if (!OPEN_STATUSES.includes(row.status as RequestStatus)) return null;
  return slaState(row, boundaries);
}

/**
 * The same rule as `requestSla`, as bounds a query can filter on (status is always one of the open
 * ones): paused ⇔ pausedAt set; otherwise the state follows dueAt against `now` and `dueSoonUntil`.
 */
export type SlaCondition = {
  paused: boolean;
  dueBefore?: Date; // dueAt < dueBefore
  dueFrom?: Date; // dueAt >= dueFrom
  dueUntil?: Date; // dueAt <= dueUntil
  dueAfter?: Date; // dueAt > dueAfter
};

export function slaCondition(state: SlaState, b: SlaBoundaries): SlaCondition {
  switch (state) {
    case "PAUSED":
      return { paused: true };
    case "OVERDUE":
      return { paused: false, dueBefore: b.now };
    case "DUE_SOON":
      return { paused: false, dueFrom: b.now, dueUntil: b.dueSoonUntil };
    case "ON_TRACK":
      return { paused: false, dueAfter: b.dueSoonUntil };
  }
}

/** Whether a row satisfies a condition: the in-memory twin of the SQL, used to test that both agree. */
export function matchesSlaCondition(row: { dueAt: Date | null; pausedAt: Date | null }, c: SlaCondition): boolean {
  if (c.paused) return row.pausedAt !== null;
  if (row.pausedAt !== null || row.dueAt === null) return false;
  const due = row.dueAt.getTime();
  if (c.dueBefore && !(due < c.dueBefore.getTime())) return false;
  if (c.dueFrom && !(due >= c.dueFrom.getTime())) return false;
  if (c.dueUntil && !(due <= c.dueUntil.getTime())) return false;
  if (c.dueAfter && !(due > c.dueAfter.getTime())) return false;
  return true;
}

/**
 * Restarts the SLA clock when the resident resubmits after a correction: the due date moves later by
 * the working days spent waiting, and the pause ends. Spread the result into the resubmit's own
 * versioned update:
 *   data: { status: "SUBMITTED", ...(await resumeSla(tx, request, now)), version: { increment: 1 } }
 */
export async function resumeSla(
  tx: Prisma.TransactionClient,
  request: { officeId: string; dueAt: Date | null; pausedAt: Date | null },
  now: Date = new Date(),
): Promise<{ dueAt: Date | null; pausedAt: null }> {
  if (!request.pausedAt || !request.dueAt) return { dueAt: request.dueAt, pausedAt: null };
  const calendar = await loadOfficeCalendar(request.officeId, tx, now);
  return { dueAt: extendForPause(request.dueAt, request.pausedAt, now, calendar), pausedAt: null };
}
