"use client";
import { useEffect, useRef } from "react";

export type RealtimeMessage = { channel: string; id: string };

type Options = {
  /** Polling period of the fallback used where EventSource is missing or keeps failing. */
  pollMs?: number;
  /**
   * Called when the stream first opens and after every reconnect: the page was rendered before it
   * subscribed, and a change made in between (e.g. a thread marked read by the page's own first
   * request) was never sent to it, so it re-reads once.
   */
  onLive?: () => void;
};

type Listener = { message: (m: RealtimeMessage) => void; live: () => void };

/**
 * One connection per URL per page, shared by every component that listens to it (the navigation's
 * badge is rendered twice: header menu and phone tab bar). Browsers allow few connections per host,
 * and each EventSource holds one for as long as the page is open.
 */
type Shared = { listeners: Set<Listener>; close: () => void };
const shared = new Map<string, Shared>();

function connect(url: string, pollMs: number): Shared {
  const listeners = new Set<Listener>();
  let cursor: string | null = null;
  let source: EventSource | null = null;
  let pollTimer: ReturnType<typeof setTimeout> | null = null;
  let stopped = false;
  let failuresBeforeOpen = 0;
  let opened = false;
  let wasDown = false;

  const emit = (m: RealtimeMessage) => listeners.forEach((l) => l.message(m));
  const deliver = (data: string) => {
    try {
      const parsed = JSON.parse(data) as RealtimeMessage;
      if (typeof parsed.channel === "string" && typeof parsed.id === "string") emit(parsed);
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
        if (!first) for (const e of body.events) emit({ channel: e.channel, id: e.id });
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
        listeners.forEach((l) => l.live());
      }
    };
    source.addEventListener("ready", (e) => {
      if (cursor === null) listeners.forEach((l) => l.live());
      cursor = (e as MessageEvent).lastEventId || cursor;
    });
    source.onmessage = (e) => {
      if (e.lastEventId) cursor = e.lastEventId;
      deliver(e.data as string);
    };
    // The server ends each stream after its maximum life (lib/realtime/sse.ts) with `event: rotate`:
    // the browser reconnects with Last-Event-ID, nothing is missed, so that drop is not "down".
    let rotating = false;
    source.addEventListener("rotate", () => {
      rotating = true;
    });
    source.onerror = () => {
      if (rotating) rotating = false;
      else wasDown = true;
      if (!opened && ++failuresBeforeOpen >= 3) startPolling();
      // A closed source (HTTP error such as 404) is not retried by the browser.
      else if (source && source.readyState === EventSource.CLOSED) startPolling();
    };
  }
  return {
    listeners,
    close: () => {
      stopped = true;
      source?.close();
      if (pollTimer) clearTimeout(pollTimer);
    },
  };
}

/**
 * Live updates from a realtime route: EventSource (the browser resends Last-Event-ID on its own
 * reconnects, so nothing is missed), falling back to polling `?after=<cursor>` when the stream
 * never opens (a proxy that blocks SSE) or EventSource does not exist. Components listening to the
 * same URL share one connection.
 */
export function useRealtime(url: string | null, onMessage: (message: RealtimeMessage) => void, options: Options = {}) {
  const handler = useRef(onMessage);
  const onLive = useRef(options.onLive);
  useEffect(() => {
    handler.current = onMessage;
    onLive.current = options.onLive;
  });
  const pollMs = options.pollMs ?? 5000;

  useEffect(() => {
    if (!url) return;
    let connection = shared.get(url);
    if (!connection) {
      connection = connect(url, pollMs);
      shared.set(url, connection);
    }
    const listener: Listener = { message: (m) => handler.current(m), live: () => onLive.current?.() };
    connection.listeners.add(listener);
    const mine = connection;
    return () => {
      mine.listeners.delete(listener);
      if (mine.listeners.size === 0) {
        mine.close();
        if (shared.get(url) === mine) shared.delete(url);
      }
    };
  }, [url, pollMs]);
}
