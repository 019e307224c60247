import "server-only";
import { can } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/types";
import { jakartaDateKey, jakartaInstant } from "@/lib/calendar/working-days";
import { db } from "@/lib/db";
import { scheduleQueueReminder } from "@/lib/notifications/mutations/hooks";
import { cancelScheduled } from "@/lib/notifications/mutations/notify";
import { loadDayPlan, loadRules } from "../data/plan";
import { newTicketCode, queueSequenceScope } from "../numbering";
import { canAttachRequest, canSeeTicket, isRequestVerified } from "../policy";
import { noShowBlock } from "../rules";
import type { BookInput } from "../schema";
import { isUniqueViolation } from "./errors";

export type BookError =
  | "not_found"
  | "quota_full"
  | "already_booked"
  | "blocked"
  | "day_closed"
  | "slot_unavailable"
  | "request_required"
  | "request_not_verified";

export type BookResult = { ok: true; id: string; number: string; code: string } | { ok: false; error: BookError; until?: string };

/** Active-booking key: one booking per resident (NIK) per service per day. */
export const activeKeyOf = (residentId: string, queueServiceId: string, dayKey: string) => `${residentId}:${queueServiceId}:${dayKey}`;

/**
 * Books a slot. The slot and day counters are raised with `UPDATE … WHERE booked < quota`, so
 * concurrent bookers queue on the counter row and the one that would exceed the quota updates
 * nothing: the quota is never oversold, at the 07:00 rush either.
 */
export async function bookTicket(actor: Actor, input: BookInput, now = new Date()): Promise<BookResult> {
  if (!actor.residentId) return { ok: false, error: "not_found" };
  const residentId = actor.residentId;
  // At the 07:00 rush most callers arrive after the places are gone: one indexed read of the two
  // counters (of an active service of an active office) answers them before the service, the rules,
  // the no-show history and the day plan are loaded. (A counter that is not full here is still
  // checked again by the guarded UPDATE below.)
  if (/^\d{4}-\d{2}-\d{2}$/.test(input.day) && /^\d{2}:\d{2}$/.test(input.start) && (await countersFull(input.queueServiceId, input.day, input.start))) {
    return { ok: false, error: "quota_full" };
  }
  const service = await db.queueService.findFirst({ where: { id: input.queueServiceId, active: true, office: { active: true } } });
  if (!service) return { ok: false, error: "not_found" };

  // Independent reads side by side: the rules and the day plan.
  const [rules, plan] = await Promise.all([loadRules(service.officeId), loadDayPlan(service, input.day)]);
  const since = new Date(now.getTime() - (rules.noShowWindowDays + rules.blockDays) * 86_400_000);
  const noShows = await db.queueTicket.findMany({ where: { residentId, status: "NO_SHOW", noShowAt: { gte: since } }, select: { noShowAt: true } });
  const block = noShowBlock(noShows.map((n) => n.noShowAt!), now, rules);
  if (block.blocked) return { ok: false, error: "blocked", until: block.until.toISOString() };

  let requestId: string | null = null;
  if (input.requestId) {
    const request = await db.serviceRequest.findFirst({
      where: { id: input.requestId, officeId: service.officeId, ...(service.serviceId ? { serviceId: service.serviceId } : {}) },
      select: { id: true, applicantId: true, residentId: true, status: true },
    });
    if (!request || !canAttachRequest(actor, request)) return { ok: false, error: "not_found" };
    if (service.requireVerifiedRequest && !isRequestVerified(request.status)) return { ok: false, error: "request_not_verified" };
    requestId = request.id;
  } else if (service.requireVerifiedRequest) {
    return { ok: false, error: "request_required" };
  }

  if (!plan.open) return { ok: false, error: "day_closed" };
  const slot = plan.slots.find((s) => s.start === input.start);
  if (!slot || slot.endsAt <= now || input.day < jakartaDateKey(now)) return { ok: false, error: "slot_unavailable" };

  const day = new Date(`${input.day}T00:00:00Z`);
  // The counter rows exist before the rush statement (idempotent, outside any transaction).
  // Both in one statement (one round trip).
  await db.$executeRaw`
    WITH s AS (
      INSERT INTO queue_slots (id, office_id, queue_service_id, day, starts_at, ends_at, quota, booked, updated_at)
      VALUES (${newTicketCode(24)}, ${service.officeId}, ${service.id}, ${day}, ${slot.startsAt}, ${slot.endsAt}, ${slot.quota}, 0, now())
      ON CONFLICT (queue_service_id, starts_at) DO NOTHING
    )
    INSERT INTO queue_days (queue_service_id, day, quota, booked, updated_at) VALUES (${service.id}, ${day}, ${plan.quotaPerDay}, 0, now())
    ON CONFLICT (queue_service_id, day) DO NOTHING`;

  const id = newTicketCode(24).toLowerCase();
  const code = newTicketCode();
  const scope = queueSequenceScope(service.id, input.day);
  const year = Number(input.day.slice(0, 4));
  const key = activeKeyOf(residentId, service.id, input.day);
  try {
    // One statement, so the slot row is locked for one round trip only (the 07:00 rush queues on it):
    // raise the slot counter if it has room, then the day counter, then number and insert the ticket.
    // If the slot had room but the day did not, the guard divides by zero so the whole statement,
    // the slot increment included, rolls back; a second active booking fails on active_key likewise.
    const rows = await db.$queryRaw<{ id: string | null; number: string | null; slot_ok: boolean; day_ok: boolean }[]>`
      WITH s AS (
        UPDATE queue_slots SET booked = booked + 1, quota = ${slot.quota}, updated_at = now()
        WHERE queue_service_id = ${service.id} AND starts_at = ${slot.startsAt} AND booked < ${slot.quota}
        RETURNING id
      ), d AS (
        UPDATE queue_days SET booked = booked + 1, quota = ${plan.quotaPerDay}, updated_at = now()
        WHERE queue_service_id = ${service.id} AND day = ${day} AND booked < ${plan.quotaPerDay} AND EXISTS (SELECT 1 FROM s)
        RETURNING 1
      ), n AS (
        INSERT INTO sequences (office_id, scope, year, last) SELECT ${service.officeId}, ${scope}, ${year}, 1 WHERE EXISTS (SELECT 1 FROM d)
        ON CONFLICT (office_id, scope, year) DO UPDATE SET last = sequences.last + 1
        RETURNING last
      ), t AS (
        INSERT INTO queue_tickets (id, office_id, queue_service_id, day, seq, number, code, kind, status, priority, resident_id, slot_id, request_id, active_key, recalls, created_at, updated_at)
        SELECT ${id}, ${service.officeId}, ${service.id}, ${day}, n.last,
          ${service.prefix} || '-' || CASE WHEN n.last < 1000 THEN lpad(n.last::text, 3, '0') ELSE n.last::text END,
          ${code}, 'BOOKING', 'BOOKED', 'NONE', ${residentId}, s.id, ${requestId}, ${key}, 0, now(), now()
        FROM n, s
        RETURNING id, number
      ), e AS (
        INSERT INTO queue_events (ticket_id, actor_id, type, created_at) SELECT id, ${actor.userId}, 'queue.booked', now() FROM t
      )
      SELECT t.id, t.number, g.slot_ok, g.day_ok FROM (
        SELECT EXISTS (SELECT 1 FROM s) AS slot_ok, EXISTS (SELECT 1 FROM d) AS day_ok,
          CASE WHEN EXISTS (SELECT 1 FROM s) AND NOT EXISTS (SELECT 1 FROM d) THEN 1 / 0 ELSE 1 END AS guard
      ) g LEFT JOIN t ON true`;
    const row = rows[0];
    if (!row?.id || !row.number) return { ok: false, error: "quota_full" };
    // A booking for a later day gets its day-before reminder (16:00 WIB), withdrawn on cancel. It is
    // not part of the rush statement: a failure here leaves the booking made and is only logged.
    // The "three numbers ahead" reminder is sent by callNext.
    if (input.day > jakartaDateKey(now)) {
      await db.$transaction((tx) => scheduleQueueReminder(tx, { ticketId: row.id!, now })).catch((error: unknown) => {
        console.error(`[antrian] reminder for ticket ${row.id} not scheduled: ${(error as Error).message}`);
      });
    }
    return { ok: true, id: row.id, number: row.number, code };
  } catch (e) {
    const text = String((e as { message?: unknown })?.message ?? "");
    if (text.includes("division by zero")) return { ok: false, error: "quota_full" };
    if (text.includes("active_key") || isUniqueViolation(e, "active_key")) return { ok: false, error: "already_booked" };
    throw e;
  }
}

/**
 * True when the day's or the slot's counter (if they exist yet) has no place left. A counter last
 * written before the service's schedules changed is not trusted (an admin may have raised the quota;
 * the next booking's UPDATE writes the new quota into it).
 */
async function countersFull(queueServiceId: string, dayKey: string, start: string): Promise<boolean> {
  const rows = await db.$queryRaw<{ full: boolean }[]>`
    WITH changed AS (SELECT coalesce(max(updated_at), '-infinity') AS at FROM queue_schedules WHERE queue_service_id = ${queueServiceId})
    SELECT EXISTS (SELECT 1 FROM queue_services q JOIN offices o ON o.id = q.office_id WHERE q.id = ${queueServiceId} AND q.active AND o.active) AND (EXISTS (SELECT 1 FROM queue_days, changed WHERE queue_service_id = ${queueServiceId} AND day = ${new Date(`${dayKey}T00:00:00Z`)} AND booked >= quota AND updated_at >= changed.at)
        OR EXISTS (SELECT 1 FROM queue_slots, changed WHERE queue_service_id = ${queueServiceId} AND starts_at = ${jakartaInstant(dayKey, start)} AND booked >= quota AND updated_at >= changed.at)) AS full`;
  return rows[0]?.full === true;
}

/** The resident cancels a booking not yet checked in; its place goes back to the slot and the day. */
export async function cancelTicket(actor: Actor, id: string, now = new Date()): Promise<{ ok: true } | { ok: false; error: "not_found" | "not_cancellable" }> {
  const ticket = await db.queueTicket.findUnique({ where: { id }, select: { id: true, officeId: true, residentId: true, status: true, slotId: true, queueServiceId: true, day: true } });
  if (!ticket || !canSeeTicket(actor, ticket) || !can(actor.role, "queue.book")) return { ok: false, error: "not_found" };
  return db.$transaction(async (tx) => {
    const done = await tx.queueTicket.updateMany({ where: { id, status: "BOOKED" }, data: { status: "CANCELLED", cancelledAt: now, activeKey: null } });
    if (done.count === 0) return { ok: false as const, error: "not_cancellable" as const };
    if (ticket.slotId) await tx.queueSlot.update({ where: { id: ticket.slotId }, data: { booked: { decrement: 1 } } });
    await tx.queueDay.updateMany({ where: { queueServiceId: ticket.queueServiceId, day: ticket.day }, data: { booked: { decrement: 1 } } });
    await tx.queueEvent.create({ data: { ticketId: id, actorId: actor.userId, type: "queue.cancelled" } });
    await cancelScheduled(tx, `queue.reminder:${id}`, now);
    return { ok: true as const };
  });
}
