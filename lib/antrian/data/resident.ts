import "server-only";
import type { Actor } from "@/lib/auth/types";
import { jakartaDateKey } from "@/lib/calendar/working-days";
import { db } from "@/lib/db";
import { isRequestVerified } from "../policy";
import { noShowBlock } from "../rules";
import { nextDays, type SlotSpec } from "../slots";
import { loadDayPlan, loadRules } from "./plan";

export type SlotChoice = SlotSpec & { left: number };

/** The slots of a day with the places left, for the booking page. */
export async function slotChoices(queueServiceId: string, dayKey: string, now = new Date()) {
  const service = await db.queueService.findFirst({ where: { id: queueServiceId, active: true }, select: { id: true, officeId: true } });
  if (!service) return null;
  const plan = await loadDayPlan(service, dayKey);
  if (!plan.open) return { open: false as const, reason: plan.reason, slots: [] as SlotChoice[], dayLeft: 0 };
  const day = new Date(`${dayKey}T00:00:00Z`);
  const [booked, dayRow] = await Promise.all([
    db.queueSlot.findMany({ where: { queueServiceId, day }, select: { startsAt: true, booked: true } }),
    db.queueDay.findUnique({ where: { queueServiceId_day: { queueServiceId, day } }, select: { booked: true } }),
  ]);
  const dayLeft = Math.max(0, plan.quotaPerDay - (dayRow?.booked ?? 0));
  const slots = plan.slots
    .filter((s) => s.endsAt > now)
    .map((s) => ({ ...s, left: Math.min(dayLeft, Math.max(0, s.quota - (booked.find((b) => b.startsAt.getTime() === s.startsAt.getTime())?.booked ?? 0))) }));
  return { open: true as const, reason: null, slots, dayLeft };
}

/** The next 14 days with whether each is open for the service. */
export async function bookableDays(queueServiceId: string, now = new Date()) {
  const service = await db.queueService.findFirst({ where: { id: queueServiceId, active: true }, select: { id: true, officeId: true } });
  if (!service) return null;
  const days = nextDays(jakartaDateKey(now), 14);
  const plans = await Promise.all(days.map((d) => loadDayPlan(service, d)));
  return days.map((d, i) => ({ day: d, open: plans[i].open }));
}

const ticketSelect = {
  id: true, number: true, code: true, status: true, kind: true, day: true, priority: true, officeId: true, residentId: true,
  calledAt: true, finishedAt: true, queuedAt: true,
  slot: { select: { startsAt: true, endsAt: true } },
  queueService: { select: { id: true, name: true, prefix: true } },
  office: { select: { name: true, slug: true, address: true } },
  counter: { select: { number: true } },
  request: { select: { id: true, number: true, status: true } },
} as const;

export async function listMyTickets(actor: Actor) {
  if (!actor.residentId) return [];
  const rows = await db.queueTicket.findMany({ where: { residentId: actor.residentId }, orderBy: [{ day: "desc" }, { createdAt: "desc" }], take: 30, select: ticketSelect });
  return rows.map(withVerified);
}

/** The resident's own ticket, or null (another resident's ticket does not exist for them). */
export async function loadMyTicket(actor: Actor, id: string) {
  if (!actor.residentId) return null;
  const row = await db.queueTicket.findFirst({ where: { id, residentId: actor.residentId }, select: ticketSelect });
  return row ? withVerified(row) : null;
}

function withVerified<T extends { request: { status: string } | null }>(row: T) {
  return { ...row, requestVerified: row.request ? isRequestVerified(row.request.status) : false };
}

/** The resident's online requests that a booking for this service may carry. */
export async function attachableRequests(actor: Actor, serviceId: string | null, officeId: string) {
  if (!actor.residentId) return [];
  const rows = await db.serviceRequest.findMany({
    where: { officeId, applicantId: actor.userId, status: { in: ["SUBMITTED", "VERIFIED", "PROCESSING", "COMPLETED"] }, ...(serviceId ? { serviceId } : {}) },
    orderBy: { submittedAt: "desc" },
    take: 10,
    select: { id: true, number: true, status: true, service: { select: { name: true } } },
  });
  return rows.map((r) => ({ ...r, verified: isRequestVerified(r.status) }));
}

/**
 * Whether the office has suspended the resident's online booking for repeated no-shows (the same
 * rule the booking applies, lib/antrian/rules.ts), so the booking page says so before any choice.
 */
export async function bookingBlock(actor: Actor, officeId: string, now = new Date()): Promise<{ blocked: false } | { blocked: true; until: Date }> {
  if (!actor.residentId) return { blocked: false };
  const rules = await loadRules(officeId);
  const since = new Date(now.getTime() - (rules.noShowWindowDays + rules.blockDays) * 86_400_000);
  const rows = await db.queueTicket.findMany({
    where: { residentId: actor.residentId, status: "NO_SHOW", noShowAt: { gte: since } },
    select: { noShowAt: true },
  });
  return noShowBlock(rows.flatMap((r) => (r.noShowAt ? [r.noShowAt] : [])), now, rules);
}
