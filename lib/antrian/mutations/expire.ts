import "server-only";
import { db } from "@/lib/db";
import { loadRules } from "../data/plan";
import type { QueueRules } from "../rules";
import { announceQueueChange } from "./live";

/**
 * Bookings never checked in become no-shows once their check-in window has closed. Cheap and
 * idempotent, so it runs before every call-next and on the loket page; no background process needed.
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
