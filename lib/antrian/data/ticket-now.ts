import "server-only";
import type { Actor } from "@/lib/auth/types";
import { db } from "@/lib/db";
import { canSeeTicket } from "../policy";
import { estimatedWaitMinutes } from "../wait";
import type { TicketNow } from "@/components/antrian/ticket-live";

/** A ticket's live line for its owner: status, the loket when called, numbers ahead and a rough wait. */
export async function ticketNow(actor: Actor, id: string): Promise<TicketNow | null> {
  const t = await db.queueTicket.findUnique({
    where: { id },
    select: { id: true, officeId: true, residentId: true, status: true, day: true, queuedAt: true, priority: true, queueServiceId: true, counter: { select: { number: true } }, queueService: { select: { avgServiceMin: true } } },
  });
  if (!t || !canSeeTicket(actor, t)) return null;
  let ahead: number | null = null;
  let estimateMin: number | null = null;
  if (t.status === "WAITING" && t.queuedAt) {
    const [n, counters] = await Promise.all([
      db.queueTicket.count({
        where: {
          officeId: t.officeId, day: t.day, status: "WAITING", id: { not: t.id },
          OR: t.priority === "NONE" ? [{ priority: { not: "NONE" } }, { queuedAt: { lt: t.queuedAt } }] : [{ priority: { not: "NONE" }, queuedAt: { lt: t.queuedAt } }],
        },
      }),
      db.queueCounter.count({ where: { officeId: t.officeId, active: true, OR: [{ serviceIds: { isEmpty: true } }, { serviceIds: { has: t.queueServiceId } }] } }),
    ]);
    ahead = n;
    estimateMin = estimatedWaitMinutes(n, t.queueService.avgServiceMin, counters);
  }
  return { status: t.status, counter: t.status === "CALLED" || t.status === "SERVING" ? (t.counter?.number ?? null) : null, ahead, estimateMin };
}
