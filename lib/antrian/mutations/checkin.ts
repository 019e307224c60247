import "server-only";
import type { Actor } from "@/lib/auth/types";
import { jakartaDateKey } from "@/lib/calendar/working-days";
import { db } from "@/lib/db";
import { nextSequence } from "@/lib/requests/mutations/numbering";
import { loadRules } from "../data/plan";
import { formatQueueNumber, newTicketCode, normalizeTicketCode, queueSequenceScope } from "../numbering";
import { queuedAtForCheckIn } from "../ordering";
import { canWorkOffice } from "../policy";
import { checkInWindow } from "../rules";
import { announceQueueChange } from "./live";

export type CheckInError = "not_found" | "not_today" | "too_early" | "too_late" | "already_checked_in" | "not_bookable";

/** Staff scan or type a ticket's code: a booking in its window becomes a waiting number. */
export async function checkIn(actor: Actor, rawCode: string, now = new Date()): Promise<{ ok: true; id: string; number: string } | { ok: false; error: CheckInError }> {
  const code = normalizeTicketCode(rawCode);
  if (!code) return { ok: false, error: "not_found" };
  const ticket = await db.queueTicket.findUnique({ where: { code }, select: { id: true, officeId: true, status: true, day: true, number: true, slot: { select: { startsAt: true } } } });
  // Another office's ticket is as unknown as a mistyped one.
  if (!ticket || !canWorkOffice(actor, ticket)) return { ok: false, error: "not_found" };
  if (ticket.status !== "BOOKED") return { ok: false, error: ticket.status === "WAITING" || ticket.status === "CALLED" || ticket.status === "SERVING" ? "already_checked_in" : "not_bookable" };
  if (ticket.day.toISOString().slice(0, 10) !== jakartaDateKey(now)) return { ok: false, error: "not_today" };
  const rules = await loadRules(ticket.officeId);
  const startsAt = ticket.slot?.startsAt ?? now;
  const window = checkInWindow(now, startsAt, rules);
  if (window === "early") return { ok: false, error: "too_early" };
  if (window === "late") return { ok: false, error: "too_late" };
  return db.$transaction(async (tx) => {
    const done = await tx.queueTicket.updateMany({
      where: { id: ticket.id, status: "BOOKED" },
      data: { status: "WAITING", checkedInAt: now, queuedAt: queuedAtForCheckIn(now, ticket.slot?.startsAt ?? null) },
    });
    if (done.count === 0) return { ok: false as const, error: "already_checked_in" as const };
    await tx.queueEvent.create({ data: { ticketId: ticket.id, actorId: actor.userId, type: "queue.checked_in" } });
    await announceQueueChange(tx, ticket.officeId);
    return { ok: true as const, id: ticket.id, number: ticket.number };
  });
}

/** A number on the spot, from the loket or the entrance kiosk. */
export async function issueWalkIn(actor: Actor, input: { queueServiceId: string; priority: "NONE" | "LANSIA" | "DISABILITAS" | "IBU_HAMIL" }, now = new Date()) {
  const service = await db.queueService.findFirst({ where: { id: input.queueServiceId, officeId: actor.officeId, active: true } });
  if (!service || !canWorkOffice(actor, service)) return { ok: false as const, error: "not_found" as const };
  const dayKey = jakartaDateKey(now);
  return db.$transaction(async (tx) => {
    const seq = await nextSequence(tx, service.officeId, queueSequenceScope(service.id, dayKey), Number(dayKey.slice(0, 4)));
    const ticket = await tx.queueTicket.create({
      data: {
        officeId: service.officeId, queueServiceId: service.id, day: new Date(`${dayKey}T00:00:00Z`), seq,
        number: formatQueueNumber(service.prefix, seq), code: newTicketCode(), kind: "WALK_IN", status: "WAITING",
        priority: input.priority, issuedById: actor.userId, checkedInAt: now, queuedAt: now,
        events: { create: { type: "queue.issued", actorId: actor.userId } },
      },
      select: { id: true, number: true, code: true },
    });
    await announceQueueChange(tx, service.officeId);
    return { ok: true as const, ...ticket };
  });
}

/** Staff mark a checked-in number for the priority lane (lansia, disabilitas, ibu hamil). */
export async function setPriority(actor: Actor, ticketId: string, priority: "NONE" | "LANSIA" | "DISABILITAS" | "IBU_HAMIL") {
  const done = await db.$transaction(async (tx) => {
    const r = await tx.queueTicket.updateMany({ where: { id: ticketId, officeId: actor.officeId, status: { in: ["BOOKED", "WAITING"] } }, data: { priority } });
    if (r.count) await announceQueueChange(tx, actor.officeId);
    return r;
  });
  return done.count ? { ok: true as const } : { ok: false as const, error: "not_found" as const };
}

