"use client";
import { useState } from "react";
import { fill } from "@/i18n/fill";
import { useRealtime } from "@/lib/realtime/client";
import { isNotificationChannel, PERSONAL_EVENTS_URL } from "@/lib/realtime/channels";

// Its own module (not in live.tsx): it is on every signed-in page, LiveRefresh only on the inboxes.
/** The unread badge in the navigation: re-counts when the caller's or their office's conversations change. */
export function UnreadBadge({ initial, label, placement = "inline" }: { initial: number; label: string; placement?: "inline" | "tab" }) {
  const [count, setCount] = useState(initial);
  const recount = () =>
    void fetch("/api/percakapan/unread", { cache: "no-store" })
      .then((r) => (r.ok ? (r.json() as Promise<{ count: number }>) : null))
      .then((body) => body && setCount(body.count));
  // Also once the stream is live: opening a thread marks it read at once, often before this page's
  // stream has subscribed, and that change is then never sent to it (the badge stayed at 1).
  useRealtime(PERSONAL_EVENTS_URL, (m) => {
    if (!isNotificationChannel(m.channel)) recount();
  }, { onLive: recount });
  if (count === 0) return null;
  return (
    <>
      <span data-testid="unread-badge" aria-hidden="true" className={`${placement === "tab" ? "absolute left-1/2 top-1 ml-2" : "ml-1"} inline-flex min-w-5 items-center justify-center rounded-full bg-red-700 px-1.5 text-xs font-bold text-white`}>
        {count > 99 ? "99+" : count}
      </span>
      <span className="sr-only"> ({fill(label, { count })})</span>
    </>
  );
}
