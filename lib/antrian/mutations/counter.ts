import "server-only";
import { notifyQueueAlmostTurn } from "@/lib/notifications/mutations/hooks";
import type { Actor } from "@/lib/auth/types";
import { jakartaDateKey } from "@/lib/calendar/working-days";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { loadRules } from "../data/plan";
import { preferPriority } from "../ordering";
import { canOperateCounter } from "../policy";
import { expireNoShows } from "./expire";
import { announceQueueChange } from "./live";

export type CounterError = "not_found" | "counter_busy" | "queue_empty" | "invalid_transition";
type Result = { ok: true; ticketId?: string; number?: string } | { ok: false; error: CounterError };

async function counterFor(actor: Actor, counterId: string) {
  const counter = await db.queueCounter.findUnique({ where: { id: counterId }, select: { id: true, officeId: true, servicePointId: true, serviceIds: true, active: true } });
  return counter && counter.active && canOperateCounter(actor, counter) ? counter : null;
}

const todayOf = (now: Date) => new Date(`${jakartaDateKey(now)}T00:00:00Z`);

/**
 * Calls the next waiting number for this loket. `FOR UPDATE SKIP LOCKED` lets lokets calling at
 * the same moment each take a different row instead of waiting for (or double-calling) the same one.
 * Numbers transferred to a particular loket wait only for that loket.
 */
export async function callNext(actor: Actor, counterId: string, now = new Date()): Promise<Result> {
  const counter = await counterFor(actor, counterId);
  if (!counter) return { ok: false, error: "not_found" };
  const day = todayOf(now);
  // The busy check and the rules are independent reads: one round trip's wait for both.
  const [busy, rules] = await Promise.all([
    db.queueTicket.findFirst({ where: { officeId: counter.officeId, day, counterId, status: { in: ["CALLED", "SERVING"] } }, select: { id: true } }),
    loadRules(counter.officeId),
  ]);
  if (busy) return { ok: false, error: "counter_busy" };
  const [, regular] = await Promise.all([
    expireNoShows(counter.officeId, now, rules),
    rules.priorityEvery > 0
      ? db.$queryRaw<{ n: bigint }[]>`
          SELECT count(*) AS n FROM queue_tickets
          WHERE office_id = ${counter.officeId} AND day = ${day} AND called_at IS NOT NULL AND priority = 'NONE'
            AND called_at > COALESCE((SELECT max(called_at) FROM queue_tickets WHERE office_id = ${counter.officeId} AND day = ${day} AND priority <> 'NONE'), '-infinity')`
      : Promise.resolve([{ n: 0n }]),
  ]);
  const priorityFirst = preferPriority(rules.priorityEvery, Number(regular[0].n));
  const services = counter.serviceIds;
  return db.$transaction(async (tx) => {
    // Pick (FOR UPDATE SKIP LOCKED), mark called and log the event in one statement.
    const picked = await tx.$queryRaw<{ id: string; number: string; queue_service_id: string }[]>`
      WITH pick AS (
        SELECT id FROM queue_tickets
        WHERE office_id = ${counter.officeId} AND day = ${day} AND status = 'WAITING'
          AND (counter_id IS NULL OR counter_id = ${counter.id})
          AND (cardinality(${services}::text[]) = 0 OR queue_service_id = ANY(${services}::text[]))
        ORDER BY (${priorityFirst} AND priority <> 'NONE') DESC, queued_at, id
        LIMIT 1 FOR UPDATE SKIP LOCKED
      ), called AS (
        UPDATE queue_tickets t SET status = 'CALLED', counter_id = ${counter.id}, called_at = ${now}, updated_at = now()
        FROM pick WHERE t.id = pick.id
        RETURNING t.id, t.number, t.queue_service_id
      ), logged AS (
        INSERT INTO queue_events (ticket_id, actor_id, counter_id, type)
        SELECT id, ${actor.userId}, ${counter.id}, 'queue.called' FROM called
      )
      SELECT id, number, queue_service_id FROM called`;
    if (picked.length === 0) return { ok: false as const, error: "queue_empty" as const };
    const ticket = picked[0];
    // The resident with three numbers still ahead in the same service's line is told once to get ready.
    await notifyQueueAlmostTurn(tx, { officeId: counter.officeId, queueServiceId: ticket.queue_service_id, day, now });
    await announceQueueChange(tx, counter.officeId);
    return { ok: true as const, ticketId: ticket.id, number: ticket.number };
  });
}

type Step = { from: ("CALLED" | "SERVING")[]; data: (now: Date) => Prisma.QueueTicketUpdateManyMutationInput; event: string };
const STEPS = {
  recall: { from: ["CALLED"], data: () => ({ recalls: { increment: 1 } }), event: "queue.recalled" },
  start: { from: ["CALLED"], data: (now) => ({ status: "SERVING", servedAt: now }), event: "queue.started" },
  finish: { from: ["CALLED", "SERVING"], data: (now) => ({ status: "DONE", finishedAt: now, activeKey: null }), event: "queue.finished" },
  noShow: { from: ["CALLED"], data: (now) => ({ status: "NO_SHOW", noShowAt: now, activeKey: null }), event: "queue.no_show" },
} satisfies Record<string, Step>;
export type CounterStep = keyof typeof STEPS;

/** Recall, start, finish or mark absent the number this loket has called. */
export async function counterStep(actor: Actor, counterId: string, ticketId: string, step: CounterStep, now = new Date()): Promise<Result> {
  const counter = await counterFor(actor, counterId);
  if (!counter) return { ok: false, error: "not_found" };
  const s: Step = STEPS[step];
  return db.$transaction(async (tx) => {
    const done = await tx.queueTicket.updateMany({ where: { id: ticketId, officeId: counter.officeId, counterId: counter.id, status: { in: s.from } }, data: s.data(now) });
    if (done.count === 0) {
      const exists = await tx.queueTicket.findFirst({ where: { id: ticketId, officeId: counter.officeId }, select: { id: true } });
      return { ok: false as const, error: exists ? ("invalid_transition" as const) : ("not_found" as const) };
    }
    await tx.queueEvent.create({ data: { ticketId, actorId: actor.userId, counterId: counter.id, type: s.event } });
    await announceQueueChange(tx, counter.officeId);
    return { ok: true as const, ticketId };
  });
}

/** Sends a called number back to the line for another service, or to wait for a particular loket; it keeps its place. */
export async function transferTicket(actor: Actor, input: { counterId: string; ticketId: string; toServiceId?: string; toCounterId?: string }): Promise<Result> {
  const counter = await counterFor(actor, input.counterId);
  if (!counter) return { ok: false, error: "not_found" };
  const target = input.toServiceId
    ? await db.queueService.findFirst({ where: { id: input.toServiceId, officeId: counter.officeId, active: true }, select: { id: true } })
    : await db.queueCounter.findFirst({ where: { id: input.toCounterId, officeId: counter.officeId, active: true }, select: { id: true } });
  if (!target) return { ok: false, error: "not_found" };
  return db.$transaction(async (tx) => {
    const done = await tx.queueTicket.updateMany({
      where: { id: input.ticketId, officeId: counter.officeId, counterId: counter.id, status: { in: ["CALLED", "SERVING"] } },
      data: input.toServiceId
        ? { status: "WAITING", counterId: null, queueServiceId: target.id, calledAt: null, servedAt: null }
        : { status: "WAITING", counterId: target.id, calledAt: null, servedAt: null },
    });
    if (done.count === 0) return { ok: false as const, error: "invalid_transition" as const };
    await tx.queueEvent.create({ data: { ticketId: input.ticketId, actorId: actor.userId, counterId: counter.id, type: "queue.transferred", details: input.toServiceId ? { toServiceId: target.id } : { toCounterId: target.id } } });
    await announceQueueChange(tx, counter.officeId);
    return { ok: true as const, ticketId: input.ticketId };
  });
}
