"use client";

/**
 * One live connection per events URL per page, shared by every component that listens to it
 * (the ticket page shows the ticket's line and "antrean hari ini" from one office stream): a
 * browser allows only six connections per host, and several SSE streams per page starve it.
 *
 * Modes: "live" (EventSource open), "connecting", and "polling" — when the stream never opens
 * (a proxy that blocks SSE), answers an HTTP error, or EventSource is missing, the listeners are
 * told to poll their data instead; the stream is tried again after a minute. EventSource itself
 * reconnects after network loss (the server sends `retry:`); on each re-open listeners re-read once,
 * so a number called while the phone was offline shows up without reload. The server also ends
 * every stream after a few minutes (`event: rotate`, REALTIME_STREAM_MAX_SECONDS); that reconnect
 * is quiet.
 */
export type LiveMode = "connecting" | "live" | "polling";
type Listener = { onChange: () => void; onMode: (mode: LiveMode) => void };
type Shared = { source: EventSource | null; listeners: Set<Listener>; mode: LiveMode; retry: ReturnType<typeof setTimeout> | null };

const shared = new Map<string, Shared>();
const RETRY_STREAM_MS = 60_000;

function setMode(entry: Shared, mode: LiveMode) {
  if (entry.mode === mode) return;
  entry.mode = mode;
  for (const l of entry.listeners) l.onMode(mode);
}

function open(url: string, entry: Shared) {
  if (typeof EventSource === "undefined") return setMode(entry, "polling");
  let opened = false;
  let failures = 0;
  const source = new EventSource(url);
  entry.source = source;
  setMode(entry, "connecting");
  const fallBack = () => {
    source.close();
    entry.source = null;
    setMode(entry, "polling");
    entry.retry = setTimeout(() => {
      entry.retry = null;
      if (entry.listeners.size > 0) open(url, entry);
    }, RETRY_STREAM_MS);
  };
  source.onopen = () => {
    opened = true;
    failures = 0;
    setMode(entry, "live");
    // Whatever changed while the connection was down (or before this stream opened) is re-read.
    for (const l of entry.listeners) l.onChange();
  };
  source.onmessage = () => {
    for (const l of entry.listeners) l.onChange();
  };
  // The server ends each stream after its maximum life (lib/realtime/sse.ts) with `event: rotate`
  // and the browser reconnects within a second with Last-Event-ID: that planned end is not shown
  // as a lost connection (if the reconnect then fails, the next error is).
  let rotating = false;
  source.addEventListener("rotate", () => {
    rotating = true;
  });
  source.onerror = () => {
    if (rotating && source.readyState === EventSource.CONNECTING) {
      rotating = false;
      return;
    }
    rotating = false;
    failures += 1;
    if (source.readyState === EventSource.CLOSED || (!opened && failures >= 3)) fallBack();
    else setMode(entry, "connecting");
  };
}

export function subscribeLive(url: string, listener: Listener): () => void {
  let entry = shared.get(url);
  if (!entry) {
    entry = { source: null, listeners: new Set(), mode: "connecting", retry: null };
    shared.set(url, entry);
    entry.listeners.add(listener);
    open(url, entry);
  } else {
    entry.listeners.add(listener);
    listener.onMode(entry.mode);
  }
  const e = entry;
  return () => {
    e.listeners.delete(listener);
    if (e.listeners.size > 0) return;
    e.source?.close();
    if (e.retry) clearTimeout(e.retry);
    shared.delete(url);
  };
}
