import { todayLabels } from "@/components/antrian/labels";
import { TodayStatus } from "@/components/antrian/today-status";
import { loadQueueStatus } from "@/lib/antrian/data/public";

/** "Antrean hari ini" on the office homes: now serving, waiting and the estimate, updating live. */
export async function QueueTodaySlot({ officeSlug }: { officeSlug: string }) {
  const queue = await loadQueueStatus(officeSlug);
  if (!queue || queue.counters.length === 0) return null;
  return (
    <div className="mt-3">
      <TodayStatus initial={queue} labels={await todayLabels()} />
    </div>
  );
}
