import "server-only";
import { db } from "@/lib/db";
import { loadRules } from "../data/plan";
import type { QueueRules } from "../rules";
import { announceQueueChange } from "./live";

/**
 * Bookings never checked in become no-shows once their check-in window has closed. Cheap and
 * idempotent: it runs before every call-next and, for the loket page's counts, in the worker once a
 * minute (noShowSchedule), so no page writes while it renders.
 */
export async function expireNoShows(officeId: string, now = new Date(), known?: QueueRules): Promise<number> {
  const rules = known ?? (await loadRules(officeId));
  const cutoff = new Date(now.getTime() - rules.checkInAfterMin * 60_000);
  const expired = await db.$executeRaw`
    UPDATE queue_tickets t SET status = 'NO_SHOW', no_show_at = ${now}, active_key = NULL, updated_at = now()
    FROM queue_slots s
    WHERE t.slot_id = s.id AND t.office_id = ${officeId} AND t.status = 'BOOKED' AND s.starts_at < ${cutoff}`;
  // Booked numbers are not on the boards; still, a ticket page showing "menunggu" re-reads its state.
  if (expired > 0) await db.$transaction((tx) => announceQueueChange(tx, officeId));
  return expired;
}

/** The worker's schedule: every office with open bookings, at most once a minute across all instances. */
export function noShowSchedule() {
  return {
    name: "antrian.no_show",
    everyMs: 60_000,
    run: async (now: Date) => {
      const offices = await db.queueTicket.findMany({ where: { status: "BOOKED" }, distinct: ["officeId"], select: { officeId: true } });
      for (const { officeId } of offices) await expireNoShows(officeId, now);
    },
  };
}
