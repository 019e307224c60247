"use client";

import { useEffect, useRef, useState } from "react";

/**
 * Live data from a cheap JSON route: polls every `intervalMs`, backs off (doubling, up to 30 s)
 * while the network or server is down, and resumes at once when the browser is back online or the
 * tab becomes visible. The one place to switch to Server-Sent Events (lib/realtime) later: replace
 * the polling loop below with an EventSource that re-fetches `url` on each message.
 */
export function useLive<T>(url: string, initial: T, intervalMs = 2500): { data: T; online: boolean; updatedAt: number } {
  const [state, setState] = useState({ data: initial, online: true, updatedAt: 0 });
  const delay = useRef(intervalMs);

  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let controller: AbortController | undefined;

    const tick = async () => {
      controller = new AbortController();
      const guard = setTimeout(() => controller?.abort(), 8000);
      try {
        const res = await fetch(url, { cache: "no-store", signal: controller.signal });
        if (!res.ok) throw new Error(String(res.status));
        const data = (await res.json()) as T;
        delay.current = intervalMs;
        if (!stopped) setState({ data, online: true, updatedAt: Date.now() });
      } catch {
        delay.current = Math.min(30_000, delay.current * 2);
        if (!stopped) setState((s) => ({ ...s, online: false }));
      } finally {
        clearTimeout(guard);
      }
      if (!stopped) timer = setTimeout(tick, document.hidden ? Math.max(delay.current, 15_000) : delay.current);
    };
    const now = () => {
      clearTimeout(timer);
      delay.current = intervalMs;
      void tick();
    };

    const onVisible = () => {
      if (!document.hidden) now();
    };
    timer = setTimeout(tick, intervalMs);
    window.addEventListener("online", now);
    document.addEventListener("visibilitychange", onVisible);
    return () => {
      stopped = true;
      clearTimeout(timer);
      controller?.abort();
      window.removeEventListener("online", now);
      document.removeEventListener("visibilitychange", onVisible);
    };
  }, [url, intervalMs]);

  return state;
}
