import "server-only";
import type { Actor } from "@/lib/auth/types";
import { jakartaInstant } from "@/lib/calendar/working-days";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ComplaintClass, ComplaintStatus, Privacy } from "@/lib/generated/prisma/enums";
import type { QueueFilters } from "../filters";
import { normalizeTicket } from "../ticket";

const ACTIVE_AFTER_VERIFY: ComplaintStatus[] = ["VERIFIED", "DISPOSED", "FOLLOWED_UP"];

function nextDay(key: string): string {
  return new Date(Date.parse(`${key}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

/**
 * SLA state as a query on the due date that matters now (verification while SUBMITTED, the track's
 * due date afterwards), with the same boundaries the pages use, so lists and exports agree.
 */
function slaWhere(state: NonNullable<QueueFilters["sla"]>, b: { now: Date; dueSoonUntil: Date }): Prisma.ComplaintWhereInput {
  const range: Prisma.DateTimeFilter =
    state === "OVERDUE" ? { lt: b.now } : state === "DUE_SOON" ? { gte: b.now, lte: b.dueSoonUntil } : { gt: b.dueSoonUntil };
  return { OR: [{ status: "SUBMITTED", verifyDueAt: range }, { status: { in: ACTIVE_AFTER_VERIFY }, dueAt: range }] };
}

/** The queue's filter set as a Prisma `where`, always scoped to the caller's office. */
export function queueWhere(actor: Actor, f: QueueFilters, boundaries: { now: Date; dueSoonUntil: Date }): Prisma.ComplaintWhereInput {
  const and: Prisma.ComplaintWhereInput[] = [{ officeId: actor.officeId }];
  if (f.from) and.push({ createdAt: { gte: jakartaInstant(f.from, "00:00") } });
  if (f.to) and.push({ createdAt: { lt: jakartaInstant(nextDay(f.to), "00:00") } });
  if (f.status) and.push({ status: f.status as ComplaintStatus });
  if (f.classification) and.push({ classification: f.classification as ComplaintClass });
  if (f.category) and.push({ categoryId: f.category });
  if (f.unit === "mine") and.push({ unitId: { in: actor.unitIds } });
  else if (f.unit) and.push({ unitId: f.unit });
  if (f.privacy) and.push({ privacy: f.privacy as Privacy });
  // Complaints have no assignee (they are disposed to units): "handled by" is any recorded step.
  if (f.handler) and.push({ events: { some: { actorId: f.handler } } });
  if (f.sla) and.push(slaWhere(f.sla, boundaries));
  if (f.q) {
    const ticket = normalizeTicket(f.q);
    and.push(
      ticket
        ? { ticket }
        : {
            OR: [
              { ticket: { contains: f.q, mode: "insensitive" } },
              { title: { contains: f.q, mode: "insensitive" } },
              { description: { contains: f.q, mode: "insensitive" } },
            ],
          },
    );
  }
  return { AND: and };
}
