import "server-only";
import { db } from "@/lib/db";
import { loadRules } from "../data/plan";

/**
 * Bookings never checked in become no-shows once their check-in window has closed. Cheap and
 * idempotent, so it runs before every call-next and on the loket page; no background process needed.
 */
export async function expireNoShows(officeId: string, now = new Date()): Promise<number> {
  const rules = await loadRules(officeId);
  const cutoff = new Date(now.getTime() - rules.checkInAfterMin * 60_000);
  return db.$executeRaw`
    UPDATE queue_tickets t SET status = 'NO_SHOW', no_show_at = ${now}, active_key = NULL, updated_at = now()
    FROM queue_slots s
    WHERE t.slot_id = s.id AND t.office_id = ${officeId} AND t.status = 'BOOKED' AND s.starts_at < ${cutoff}`;
}
