"use client";
import { useCallback, useEffect, useState } from "react";
import { useRealtime } from "@/lib/realtime/client";
import { isNotificationChannel, PERSONAL_EVENTS_URL } from "@/lib/realtime/channels";

// The bell's count: re-read through a cheap route whenever a notification for this person is
// announced on their stream (notify() publishes in the same transaction, so the signal comes on
// commit), after the stream reconnects, and when the tab comes back into view. The stream is the
// page's one personal connection, shared with the conversation badge (lib/realtime/client); where
// SSE is blocked it falls back to polling on its own.
export function useUnreadCount(initial: number): number {
  const [count, setCount] = useState(initial);
  const refresh = useCallback(async () => {
    if (document.visibilityState === "hidden") return;
    try {
      const res = await fetch("/api/notifications/unread", { cache: "no-store" });
      if (res.ok) setCount(((await res.json()) as { count: number }).count);
    } catch {
      // offline: keep the last count
    }
  }, []);
  useRealtime(PERSONAL_EVENTS_URL, (m) => {
    if (isNotificationChannel(m.channel)) void refresh();
  }, { onLive: refresh });
  useEffect(() => {
    const onVisible = () => void refresh();
    document.addEventListener("visibilitychange", onVisible);
    window.addEventListener("focus", onVisible);
    return () => {
      document.removeEventListener("visibilitychange", onVisible);
      window.removeEventListener("focus", onVisible);
    };
  }, [refresh]);
  return count;
}
