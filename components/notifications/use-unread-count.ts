"use client";
import { useCallback, useEffect, useState } from "react";
import { useRealtime } from "@/lib/realtime/client";

// The bell's count: re-read when a notification for this person is committed (SSE from
// /api/notifications/events, which falls back to polling where a proxy blocks streams), and
// whenever the tab comes back into view or focus.
export const UNREAD_POLL_MS = 20_000;

export function useUnreadCount(initial: number): number {
  const [count, setCount] = useState(initial);
  const refresh = useCallback(async () => {
    if (document.visibilityState === "hidden") return;
    try {
      const res = await fetch("/api/notifications/unread", { cache: "no-store", credentials: "same-origin" });
      if (res.ok) setCount(((await res.json()) as { count: number }).count);
    } catch {
      // offline: keep the last count
    }
  }, []);
  useRealtime("/api/notifications/events", () => void refresh(), { pollMs: UNREAD_POLL_MS, onReconnect: () => void refresh() });
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
