"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef } from "react";
import { queueEventsUrl, useLive } from "./use-live";

export type TicketNow = { status: string; counter: number | null; ahead: number | null; estimateMin: number | null };
export type TicketLiveLabels = { status: Record<string, string>; calledTo: string; ahead: string; estimate: string; minutes: string; offline: string };

/** The ticket's own live line: its status, how many are ahead, and the loket when it is called. */
export function TicketLive({ id, officeSlug, initial, labels }: { id: string; officeSlug: string; initial: TicketNow; labels: TicketLiveLabels }) {
  const { data, online } = useLive(`/api/antrian/tiket/${id}`, initial, 3000, queueEventsUrl(officeSlug));
  // When the status changes (checked in, called, finished) the rest of the page is re-rendered too:
  // "Batalkan" is only offered while the ticket is still a booking.
  const router = useRouter();
  const shown = useRef(initial.status);
  useEffect(() => {
    if (data.status === shown.current) return;
    shown.current = data.status;
    router.refresh();
  }, [data.status, router]);
  return (
    <div aria-live="polite" className="space-y-1" data-testid="ticket-live">
      <p className="text-lg font-semibold">{labels.status[data.status] ?? data.status}</p>
      {data.status === "CALLED" && data.counter ? <p className="text-xl font-bold text-brand-800">{labels.calledTo.replace("{n}", String(data.counter))}</p> : null}
      {data.ahead !== null ? <p>{labels.ahead.replace("{n}", String(data.ahead))}</p> : null}
      {data.estimateMin !== null ? <p>{labels.estimate}: {data.estimateMin} {labels.minutes}</p> : null}
      {!online ? <p className="text-sm text-amber-800">{labels.offline}</p> : null}
    </div>
  );
}
