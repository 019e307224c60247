import "server-only";
import type { Actor } from "@/lib/auth/types";
import { jakartaDateKey } from "@/lib/calendar/working-days";
import { db } from "@/lib/db";
import { nextSequence } from "@/lib/requests/mutations/numbering";
import { loadDayPlan, loadRules } from "../data/plan";
import { formatQueueNumber, newTicketCode, queueSequenceScope } from "../numbering";
import { canAttachRequest, canSeeTicket, isRequestVerified } from "../policy";
import { noShowBlock } from "../rules";
import type { BookInput } from "../schema";
import { isUniqueViolation, QueueRefusal } from "./errors";

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
  const service = await db.queueService.findFirst({ where: { id: input.queueServiceId, active: true, office: { active: true } } });
  if (!service) return { ok: false, error: "not_found" };

  const rules = await loadRules(service.officeId);
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

  const plan = await loadDayPlan(service, input.day);
  if (!plan.open) return { ok: false, error: "day_closed" };
  const slot = plan.slots.find((s) => s.start === input.start);
  if (!slot || slot.endsAt <= now || input.day < jakartaDateKey(now)) return { ok: false, error: "slot_unavailable" };

  try {
    return await db.$transaction(async (tx) => {
      const day = new Date(`${input.day}T00:00:00Z`);
      await tx.$executeRaw`
        INSERT INTO queue_slots (id, office_id, queue_service_id, day, starts_at, ends_at, quota, booked, updated_at)
        VALUES (${newTicketCode(24)}, ${service.officeId}, ${service.id}, ${day}, ${slot.startsAt}, ${slot.endsAt}, ${slot.quota}, 0, now())
        ON CONFLICT (queue_service_id, starts_at) DO NOTHING`;
      const slots = await tx.$queryRaw<{ id: string }[]>`
        UPDATE queue_slots SET booked = booked + 1, quota = ${slot.quota}, updated_at = now()
        WHERE queue_service_id = ${service.id} AND starts_at = ${slot.startsAt} AND booked < ${slot.quota}
        RETURNING id`;
      if (slots.length === 0) throw new QueueRefusal("quota_full");
      const days = await tx.$queryRaw<{ booked: number }[]>`
        INSERT INTO queue_days (queue_service_id, day, quota, booked, updated_at) VALUES (${service.id}, ${day}, ${plan.quotaPerDay}, 1, now())
        ON CONFLICT (queue_service_id, day) DO UPDATE SET booked = queue_days.booked + 1, quota = EXCLUDED.quota, updated_at = now()
        WHERE queue_days.booked < EXCLUDED.quota
        RETURNING booked`;
      if (days.length === 0) throw new QueueRefusal("quota_full");
      const seq = await nextSequence(tx, service.officeId, queueSequenceScope(service.id, input.day), Number(input.day.slice(0, 4)));
      const ticket = await tx.queueTicket.create({
        data: {
          officeId: service.officeId, queueServiceId: service.id, day, seq, number: formatQueueNumber(service.prefix, seq),
          code: newTicketCode(), kind: "BOOKING", status: "BOOKED", residentId, slotId: slots[0].id, requestId,
          activeKey: activeKeyOf(residentId, service.id, input.day),
          events: { create: { type: "queue.booked", actorId: actor.userId } },
        },
        select: { id: true, number: true, code: true },
      });
      // TODO(notifications): reminders go through lib/notifications once it lands on main
      // (branch `notif`): the day before, and when three numbers are ahead. Call site: here.
      return { ok: true as const, ...ticket };
    });
  } catch (e) {
    if (e instanceof QueueRefusal) return { ok: false, error: e.code as BookError };
    if (isUniqueViolation(e, "active_key")) return { ok: false, error: "already_booked" };
    throw e;
  }
}

/** The resident cancels a booking not yet checked in; its place goes back to the slot and the day. */
export async function cancelTicket(actor: Actor, id: string, now = new Date()): Promise<{ ok: true } | { ok: false; error: "not_found" | "not_cancellable" }> {
  const ticket = await db.queueTicket.findUnique({ where: { id }, select: { id: true, officeId: true, residentId: true, status: true, slotId: true, queueServiceId: true, day: true } });
  if (!ticket || !canSeeTicket(actor, ticket) || actor.role !== "RESIDENT") return { ok: false, error: "not_found" };
  return db.$transaction(async (tx) => {
    const done = await tx.queueTicket.updateMany({ where: { id, status: "BOOKED" }, data: { status: "CANCELLED", cancelledAt: now, activeKey: null } });
    if (done.count === 0) return { ok: false as const, error: "not_cancellable" as const };
    if (ticket.slotId) await tx.queueSlot.update({ where: { id: ticket.slotId }, data: { booked: { decrement: 1 } } });
    await tx.queueDay.updateMany({ where: { queueServiceId: ticket.queueServiceId, day: ticket.day }, data: { booked: { decrement: 1 } } });
    await tx.queueEvent.create({ data: { ticketId: id, actorId: actor.userId, type: "queue.cancelled" } });
    return { ok: true as const };
  });
}
