import "server-only";
import { db } from "@/lib/db";
import { DEFAULT_RULES, type QueueRules } from "../rules";
import type { ScheduleRule } from "../slots";

// The two calls of a booking. At the 07:00 rush the pool (10 connections per instance) and the CPU
// are the scarce things, so each booking pays two round trips and a refusal once the slot is full
// one: everything the rules need is read by one call, the place is claimed by another. Both are
// PL/pgSQL functions (migration 20261203130000_antrian_booking_functions) so that each connection
// plans their statements once instead of on every call; the rules themselves stay here in TypeScript.

export type BookingContext = {
  officeId: string;
  serviceId: string | null;
  prefix: string;
  requireVerifiedRequest: boolean;
  rules: QueueRules;
  schedules: ScheduleRule[];
  holiday: boolean;
  closed: boolean;
  noShows: Date[];
  /** The slot's or the day's counter has no place left (counters older than the last schedule change are not trusted). */
  full: boolean;
  /** The resident already holds an active booking of this service on this day. */
  alreadyBooked: boolean;
  request: { id: string; applicantId: string | null; residentId: string; status: string } | null;
};

/** The function's json: the context with the rules possibly missing and the no-shows as epoch milliseconds. */
type ContextJson = Omit<BookingContext, "rules" | "noShows"> & { rules: QueueRules | null; noShows: number[] };

/**
 * One round trip: the service (of an active office), the office's queue rules, the service's active
 * schedules, whether the day is a holiday or closed, the resident's recent no-shows, the two
 * counters and the resident's active booking, and the linked request (when one is given and belongs
 * to the office and the service's catalogue service). Null when the service is not bookable.
 */
export async function readBookingContext(p: {
  queueServiceId: string;
  day: Date;
  slotStartsAt: Date;
  residentId: string;
  activeKey: string;
  requestId: string | null;
  now: Date;
}): Promise<BookingContext | null> {
  const rows = await db.$queryRaw<{ ctx: ContextJson | null }[]>`
    SELECT antrian_booking_context(${p.queueServiceId}::text, ${p.day}::date, ${p.slotStartsAt}::timestamp, ${p.residentId}::text,
      ${p.activeKey}::text, ${p.requestId}::text, ${p.now}::timestamp, ${DEFAULT_RULES.noShowWindowDays + DEFAULT_RULES.blockDays}::int) AS ctx`;
  const ctx = rows[0]?.ctx;
  if (!ctx) return null;
  return { ...ctx, rules: ctx.rules ?? DEFAULT_RULES, noShows: ctx.noShows.map((ms) => new Date(Number(ms))) };
}

export type Claim = {
  ticketId: string;
  slotRowId: string;
  officeId: string;
  queueServiceId: string;
  prefix: string;
  day: Date;
  slot: { startsAt: Date; endsAt: Date; quota: number };
  quotaPerDay: number;
  scope: string;
  year: number;
  code: string;
  residentId: string;
  userId: string;
  requestId: string | null;
  activeKey: string;
};

/**
 * One call claims the place (antrian_claim_place): the slot counter is created or raised only while
 * it has room (`INSERT … ON CONFLICT DO UPDATE … WHERE booked < quota`), then the day counter likewise
 * (the slot's place is given back when the day has none), then the ticket is numbered and inserted.
 * A full slot or day answers no ticket; concurrent bookers hold the slot row for this one call only,
 * so nothing is retried. A second active booking fails on active_key and rolls the call back.
 */
export async function claimPlace(c: Claim): Promise<{ id: string; number: string } | null> {
  const rows = await db.$queryRaw<{ ticket: { id: string; number: string } | null }[]>`
    SELECT antrian_claim_place(${c.ticketId}::text, ${c.slotRowId}::text, ${c.officeId}::text, ${c.queueServiceId}::text, ${c.prefix}::text,
      ${c.day}::date, ${c.slot.startsAt}::timestamp, ${c.slot.endsAt}::timestamp, ${c.slot.quota}::int, ${c.quotaPerDay}::int,
      ${c.scope}::text, ${c.year}::int, ${c.code}::text, ${c.residentId}::text, ${c.userId}::text, ${c.requestId}::text, ${c.activeKey}::text) AS ticket`;
  return rows[0]?.ticket ?? null;
}
