"use client";
import { useEffect, useState } from "react";

// The bell's only source of updates: polls a cheap route every 20 s and whenever the tab comes back
// into view or focus. When lib/realtime (SSE) lands, swap the inside of this hook; nothing else changes.
export const UNREAD_POLL_MS = 20_000;

export function useUnreadCount(initial: number): number {
  const [count, setCount] = useState(initial);
  useEffect(() => {
    let stopped = false;
    const refresh = async () => {
      if (document.visibilityState === "hidden") return;
      try {
        const res = await fetch("/api/notifications/unread", { cache: "no-store", credentials: "same-origin" });
        if (res.ok && !stopped) setCount(((await res.json()) as { count: number }).count);
      } catch {
        // offline: keep the last count
      }
    };
    const timer = window.setInterval(refresh, UNREAD_POLL_MS);
    const onVisible = () => void refresh();
    document.addEventListener("visibilitychange", onVisible);
    window.addEventListener("focus", onVisible);
    return () => {
      stopped = true;
      window.clearInterval(timer);
      document.removeEventListener("visibilitychange", onVisible);
      window.removeEventListener("focus", onVisible);
    };
  }, []);
  return count;
}
