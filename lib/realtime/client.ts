"use client";
import { useEffect, useRef } from "react";

export type RealtimeMessage = { channel: string; id: string };

type Options = {
  /** Polling period of the fallback used where EventSource is missing or keeps failing. */
  pollMs?: number;
  /** Called after a reconnect (the page may want to re-read once). */
  onReconnect?: () => void;
};

/**
 * Live updates from a realtime route: EventSource (the browser resends Last-Event-ID on its own
 * reconnects, so nothing is missed), falling back to polling `?after=<cursor>` when the stream
 * never opens (a proxy that blocks SSE) or EventSource does not exist.
 */
export function useRealtime(url: string | null, onMessage: (message: RealtimeMessage) => void, options: Options = {}) {
  const handler = useRef(onMessage);
  const reconnect = useRef(options.onReconnect);
  useEffect(() => {
    handler.current = onMessage;
    reconnect.current = options.onReconnect;
  });
  const pollMs = options.pollMs ?? 5000;

  useEffect(() => {
    if (!url) return;
    let cursor: string | null = null;
    let source: EventSource | null = null;
    let pollTimer: ReturnType<typeof setTimeout> | null = null;
    let stopped = false;
    let failuresBeforeOpen = 0;
    let opened = false;
    let wasDown = false;

    const deliver = (data: string) => {
      try {
        const parsed = JSON.parse(data) as RealtimeMessage;
        if (typeof parsed.channel === "string" && typeof parsed.id === "string") handler.current(parsed);
      } catch {
        /* ignore a malformed frame */
      }
    };

    const poll = async () => {
      if (stopped) return;
      try {
        const sep = url.includes("?") ? "&" : "?";
        const res = await fetch(`${url}${sep}after=${cursor ?? ""}`, { cache: "no-store", credentials: "same-origin" });
        if (res.ok) {
          const body = (await res.json()) as { events: { seq: string; channel: string; id: string }[]; cursor: string };
          const first = cursor === null;
          cursor = body.cursor;
          if (!first) for (const e of body.events) handler.current({ channel: e.channel, id: e.id });
        }
      } catch {
        /* offline: try again later */
      }
      if (!stopped) pollTimer = setTimeout(poll, pollMs);
    };

    const startPolling = () => {
      source?.close();
      source = null;
      void poll();
    };

    if (typeof EventSource === "undefined") {
      startPolling();
    } else {
      source = new EventSource(url, { withCredentials: true });
      source.onopen = () => {
        opened = true;
        failuresBeforeOpen = 0;
        if (wasDown) {
          wasDown = false;
          reconnect.current?.();
        }
      };
      source.addEventListener("ready", (e) => {
        cursor = (e as MessageEvent).lastEventId || cursor;
      });
      source.onmessage = (e) => {
        if (e.lastEventId) cursor = e.lastEventId;
        deliver(e.data as string);
      };
      source.onerror = () => {
        wasDown = true;
        if (!opened && ++failuresBeforeOpen >= 3) startPolling();
        // A closed source (HTTP error such as 404) is not retried by the browser.
        else if (source && source.readyState === EventSource.CLOSED) startPolling();
      };
    }
    return () => {
      stopped = true;
      source?.close();
      if (pollTimer) clearTimeout(pollTimer);
    };
  }, [url, pollMs]);
}
