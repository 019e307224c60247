import "server-only";
import { can } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/types";
import { jakartaDateKey, jakartaInstant } from "@/lib/calendar/working-days";
import { db } from "@/lib/db";
import { scheduleQueueReminder } from "@/lib/notifications/mutations/hooks";
import { cancelScheduled } from "@/lib/notifications/mutations/notify";
import { newTicketCode, queueSequenceScope } from "../numbering";
import { canAttachRequest, canSeeTicket, isRequestVerified } from "../policy";
import { noShowBlock } from "../rules";
import type { BookInput } from "../schema";
import { planDay } from "../slots";
import { claimPlace, readBookingContext } from "./booking-sql";
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
 * Books a slot in two round trips (one when the slot or the day is already full): one call reads
 * what the rules need (readBookingContext), one claims the place (claimPlace: the counters are
 * raised with `… WHERE booked < quota`, so the quota is never oversold, at the 07:00 rush either).
 */
export async function bookTicket(actor: Actor, input: BookInput, now = new Date()): Promise<BookResult> {
  if (!actor.residentId) return { ok: false, error: "not_found" };
  const residentId = actor.residentId;
  const day = new Date(`${input.day}T00:00:00Z`);
  const slotStartsAt = jakartaInstant(input.day, input.start);
  if (Number.isNaN(day.getTime()) || Number.isNaN(slotStartsAt.getTime())) return { ok: false, error: "slot_unavailable" };
  const key = activeKeyOf(residentId, input.queueServiceId, input.day);
  const ctx = await readBookingContext({ queueServiceId: input.queueServiceId, day, slotStartsAt, residentId, activeKey: key, requestId: input.requestId ?? null, now });
  if (!ctx) return { ok: false, error: "not_found" };
  // At the rush most callers arrive after the places are gone: they are answered here.
  if (ctx.full) return { ok: false, error: "quota_full" };

  const block = noShowBlock(ctx.noShows, now, ctx.rules);
  if (block.blocked) return { ok: false, error: "blocked", until: block.until.toISOString() };

  let requestId: string | null = null;
  if (input.requestId) {
    if (!ctx.request || !canAttachRequest(actor, ctx.request)) return { ok: false, error: "not_found" };
    if (ctx.requireVerifiedRequest && !isRequestVerified(ctx.request.status)) return { ok: false, error: "request_not_verified" };
    requestId = ctx.request.id;
  } else if (ctx.requireVerifiedRequest) {
    return { ok: false, error: "request_required" };
  }

  const plan = planDay(input.day, ctx.schedules, { holidays: new Set(ctx.holiday ? [input.day] : []) }, ctx.closed);
  if (!plan.open) return { ok: false, error: "day_closed" };
  const slot = plan.slots.find((s) => s.start === input.start);
  if (!slot || slot.endsAt <= now || input.day < jakartaDateKey(now)) return { ok: false, error: "slot_unavailable" };
  // Checked again by the unique active_key when the ticket is inserted.
  if (ctx.alreadyBooked) return { ok: false, error: "already_booked" };

  const code = newTicketCode();
  try {
    const ticket = await claimPlace({
      ticketId: newTicketCode(24).toLowerCase(),
      slotRowId: newTicketCode(24),
      officeId: ctx.officeId,
      queueServiceId: input.queueServiceId,
      prefix: ctx.prefix,
      day,
      slot,
      quotaPerDay: plan.quotaPerDay,
      scope: queueSequenceScope(input.queueServiceId, input.day),
      year: Number(input.day.slice(0, 4)),
      code,
      residentId,
      userId: actor.userId,
      requestId,
      activeKey: key,
    });
    if (!ticket) return { ok: false, error: "quota_full" };
    // A booking for a later day gets its day-before reminder (16:00 WIB), withdrawn on cancel. It is
    // not part of the claim: a failure here leaves the booking made and is only logged.
    // The "three numbers ahead" reminder is sent by callNext.
    if (input.day > jakartaDateKey(now)) {
      await db.$transaction((tx) => scheduleQueueReminder(tx, { ticketId: ticket.id, now })).catch((error: unknown) => {
        console.error(`[antrian] reminder for ticket ${ticket.id} not scheduled: ${(error as Error).message}`);
      });
    }
    return { ok: true, id: ticket.id, number: ticket.number, code };
  } catch (e) {
    const text = String((e as { message?: unknown })?.message ?? "");
    if (text.includes("active_key") || isUniqueViolation(e, "active_key")) return { ok: false, error: "already_booked" };
    throw e;
  }
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
