"use client";

import { useEffect, useRef, useState } from "react";
import { subscribeLive, type LiveMode } from "./live-source";

/** Safety re-read while the stream is live (a TV runs all day; an event lost to a proxy heals). */
const LIVE_REFRESH_MS = 60_000;

/**
 * Live data from a cheap JSON route. With `events` (an office's queue stream, one shared
 * EventSource per page) the data is re-read when the server announces a change; while the stream
 * cannot be used it polls every `intervalMs`, backing off (doubling, up to 30 s) while the network
 * or server is down. It re-reads at once when the browser is back online or the tab becomes visible.
 */
export function useLive<T>(url: string, initial: T, intervalMs = 2500, events?: string): { data: T; online: boolean; updatedAt: number; mode: LiveMode | "poll-only" } {
  const [state, setState] = useState({ data: initial, online: true, updatedAt: 0 });
  const [mode, setModeState] = useState<LiveMode | "poll-only">(events ? "connecting" : "poll-only");
  const delay = useRef(intervalMs);

  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let controller: AbortController | undefined;
    let inFlight = false;
    let again = false;
    let current: LiveMode | "poll-only" = events ? "connecting" : "poll-only";
    let wasLive = false;

    const schedule = () => {
      clearTimeout(timer);
      if (stopped) return;
      const polling = current === "polling" || current === "poll-only";
      const base = polling ? delay.current : LIVE_REFRESH_MS;
      timer = setTimeout(read, document.hidden ? Math.max(base, 15_000) : base);
    };

    const read = async () => {
      if (inFlight) {
        again = true; // a change announced mid-read: read once more after this one
        return;
      }
      inFlight = true;
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
        inFlight = false;
      }
      if (again && !stopped) {
        again = false;
        return read();
      }
      schedule();
    };
    const now = () => {
      delay.current = intervalMs;
      void read();
    };

    const unsubscribe = events
      ? subscribeLive(events, {
          onChange: now,
          onMode: (m) => {
            current = m;
            setModeState(m);
            if (m === "live") wasLive = true;
            // The stream dropped (network loss): say so until it is back and re-read.
            if (m === "connecting" && wasLive && !stopped) setState((s) => ({ ...s, online: false }));
            if (m === "polling") now();
            else schedule();
          },
        })
      : () => {};

    const onVisible = () => {
      if (!document.hidden) now();
    };
    schedule();
    window.addEventListener("online", now);
    document.addEventListener("visibilitychange", onVisible);
    return () => {
      stopped = true;
      unsubscribe();
      clearTimeout(timer);
      controller?.abort();
      window.removeEventListener("online", now);
      document.removeEventListener("visibilitychange", onVisible);
    };
  }, [url, intervalMs, events]);

  return { ...state, mode };
}

/** Office queue stream URL (public): `/api/antrian/<slug>/events`. */
export const queueEventsUrl = (officeSlug: string) => `/api/antrian/${encodeURIComponent(officeSlug)}/events`;
