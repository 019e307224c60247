import "server-only";
import { db } from "@/lib/db";
import { DEFAULT_RULES, type QueueRules } from "../rules";
import type { ScheduleRule } from "../slots";

// The two statements of a booking. At the 07:00 rush the pool (10 connections per instance) is the
// scarce thing, so each booking pays two round trips and a refusal once the slot is full one:
// everything the rules need is read in one statement, the place is claimed in another.

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

type ContextRow = {
  office_id: string;
  service_id: string | null;
  prefix: string;
  require_verified_request: boolean;
  rules: QueueRules | null;
  schedules: ScheduleRule[];
  holiday: boolean;
  closed: boolean;
  no_shows: number[];
  full: boolean;
  already: boolean;
  request: BookingContext["request"];
};

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
  const rows = await db.$queryRaw<ContextRow[]>`
    WITH q AS (
      SELECT q.id, q.office_id, q.service_id, q.prefix, q.require_verified_request
      FROM queue_services q JOIN offices o ON o.id = q.office_id
      WHERE q.id = ${p.queueServiceId} AND q.active AND o.active
    ), st AS (
      SELECT st.* FROM queue_settings st, q WHERE st.office_id = q.office_id
    ), changed AS (
      SELECT coalesce(max(updated_at), '-infinity') AS at FROM queue_schedules WHERE queue_service_id = ${p.queueServiceId}
    )
    SELECT q.office_id, q.service_id, q.prefix, q.require_verified_request,
      (SELECT json_build_object('checkInBeforeMin', check_in_before_min, 'checkInAfterMin', check_in_after_min, 'noShowLimit', no_show_limit,
        'noShowWindowDays', no_show_window_days, 'blockDays', block_days) FROM st) AS rules,
      (SELECT coalesce(json_agg(json_build_object('weekdays', weekdays, 'startTime', start_time, 'endTime', end_time, 'slotMinutes', slot_minutes,
        'quotaPerSlot', quota_per_slot, 'quotaPerDay', quota_per_day)), '[]') FROM queue_schedules WHERE queue_service_id = q.id AND active) AS schedules,
      EXISTS (SELECT 1 FROM holidays WHERE office_id = q.office_id AND date = ${p.day}::date) AS holiday,
      EXISTS (SELECT 1 FROM queue_closures WHERE office_id = q.office_id AND date = ${p.day}::date AND (queue_service_id IS NULL OR queue_service_id = q.id)) AS closed,
      (SELECT coalesce(json_agg(extract(epoch FROM no_show_at) * 1000), '[]') FROM queue_tickets
        WHERE resident_id = ${p.residentId} AND status = 'NO_SHOW'
          AND no_show_at >= ${p.now}::timestamp - make_interval(days => coalesce((SELECT no_show_window_days + block_days FROM st), ${DEFAULT_RULES.noShowWindowDays + DEFAULT_RULES.blockDays}::int))) AS no_shows,
      (EXISTS (SELECT 1 FROM queue_days, changed WHERE queue_service_id = q.id AND day = ${p.day}::date AND booked >= quota AND updated_at >= changed.at)
        OR EXISTS (SELECT 1 FROM queue_slots, changed WHERE queue_service_id = q.id AND starts_at = ${p.slotStartsAt}::timestamp AND booked >= quota AND updated_at >= changed.at)) AS full,
      EXISTS (SELECT 1 FROM queue_tickets WHERE active_key = ${p.activeKey}) AS already,
      (SELECT json_build_object('id', r.id, 'applicantId', r.applicant_id, 'residentId', r.resident_id, 'status', r.status) FROM service_requests r
        WHERE r.id = ${p.requestId}::text AND r.office_id = q.office_id AND (q.service_id IS NULL OR r.service_id = q.service_id)) AS request
    FROM q`;
  const row = rows[0];
  if (!row) return null;
  return {
    officeId: row.office_id,
    serviceId: row.service_id,
    prefix: row.prefix,
    requireVerifiedRequest: row.require_verified_request,
    rules: row.rules ?? DEFAULT_RULES,
    schedules: row.schedules,
    holiday: row.holiday,
    closed: row.closed,
    noShows: row.no_shows.map((ms) => new Date(Number(ms))),
    full: row.full,
    alreadyBooked: row.already,
    request: row.request,
  };
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
 * One statement claims the place: the slot counter is created or raised only while it has room
 * (`INSERT … ON CONFLICT DO UPDATE … WHERE booked < quota`), then the day counter likewise, then the
 * ticket is numbered and inserted. A full slot updates nothing and the statement answers no ticket;
 * concurrent bookers hold the slot row for this one statement only, so nothing is retried.
 * If the slot had room but the day did not, the guard divides by zero so the whole statement, the
 * slot increment included, rolls back (the guard is selected and its divisor is not a constant, so
 * the planner can neither drop nor fold it); a second active booking fails on active_key likewise.
 */
export async function claimPlace(c: Claim): Promise<{ id: string; number: string } | null> {
  const rows = await db.$queryRaw<{ id: string | null; number: string | null }[]>`
    WITH s AS (
      INSERT INTO queue_slots AS x (id, office_id, queue_service_id, day, starts_at, ends_at, quota, booked, updated_at)
      SELECT ${c.slotRowId}::text, ${c.officeId}::text, ${c.queueServiceId}::text, ${c.day}::date, ${c.slot.startsAt}::timestamp, ${c.slot.endsAt}::timestamp,
        ${c.slot.quota}::int, 1, now() AT TIME ZONE 'UTC'
      WHERE ${c.slot.quota}::int > 0
      ON CONFLICT (queue_service_id, starts_at) DO UPDATE SET booked = x.booked + 1, quota = excluded.quota, updated_at = excluded.updated_at
        WHERE x.booked < excluded.quota
      RETURNING x.id
    ), d AS (
      INSERT INTO queue_days AS x (queue_service_id, day, quota, booked, updated_at)
      SELECT ${c.queueServiceId}::text, ${c.day}::date, ${c.quotaPerDay}::int, 1, now() AT TIME ZONE 'UTC'
      WHERE ${c.quotaPerDay}::int > 0 AND EXISTS (SELECT 1 FROM s)
      ON CONFLICT (queue_service_id, day) DO UPDATE SET booked = x.booked + 1, quota = excluded.quota, updated_at = excluded.updated_at
        WHERE x.booked < excluded.quota
      RETURNING 1
    ), n AS (
      INSERT INTO sequences (office_id, scope, year, last) SELECT ${c.officeId}::text, ${c.scope}::text, ${c.year}::int, 1 WHERE EXISTS (SELECT 1 FROM d)
      ON CONFLICT (office_id, scope, year) DO UPDATE SET last = sequences.last + 1
      RETURNING last
    ), t AS (
      INSERT INTO queue_tickets (id, office_id, queue_service_id, day, seq, number, code, kind, status, priority, resident_id, slot_id, request_id, active_key, recalls, created_at, updated_at)
      SELECT ${c.ticketId}::text, ${c.officeId}::text, ${c.queueServiceId}::text, ${c.day}::date, n.last,
        ${c.prefix}::text || '-' || CASE WHEN n.last < 1000 THEN lpad(n.last::text, 3, '0') ELSE n.last::text END,
        ${c.code}::text, 'BOOKING', 'BOOKED', 'NONE', ${c.residentId}::text, s.id, ${c.requestId}::text, ${c.activeKey}::text, 0, now() AT TIME ZONE 'UTC', now() AT TIME ZONE 'UTC'
      FROM n, s
      RETURNING id, number
    ), e AS (
      INSERT INTO queue_events (ticket_id, actor_id, type, created_at) SELECT id, ${c.userId}::text, 'queue.booked', now() AT TIME ZONE 'UTC' FROM t
    )
    SELECT t.id, t.number, g.guard FROM (
      SELECT 1 / (CASE WHEN EXISTS (SELECT 1 FROM s) AND NOT EXISTS (SELECT 1 FROM d) THEN 0 ELSE 1 END) AS guard
    ) g LEFT JOIN t ON true`;
  const row = rows[0];
  return row?.id && row.number ? { id: row.id, number: row.number } : null;
}
