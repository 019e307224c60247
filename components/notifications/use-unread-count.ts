"use client";
import { useCallback, useEffect, useState } from "react";

// The bell's count: polls a cheap route every 20 s and re-reads whenever the tab comes back into
// view or focus. The server already announces every new notification on the person's realtime
// channel (/api/notifications/events, fed by notify() in the same statement); the bell does not
// hold that stream open yet: with the conversation badge's stream it made two long-lived
// connections per open page, and several open pages starved the browser's six connections per
// host (seen in the e2e walks). UNFINISHED: one shared EventSource per page for both badges.
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
  useEffect(() => {
    const timer = window.setInterval(() => void refresh(), UNREAD_POLL_MS);
    const onVisible = () => void refresh();
    document.addEventListener("visibilitychange", onVisible);
    window.addEventListener("focus", onVisible);
    return () => {
      window.clearInterval(timer);
      document.removeEventListener("visibilitychange", onVisible);
      window.removeEventListener("focus", onVisible);
    };
  }, [refresh]);
  return count;
}
