import type { RealtimeEvent } from "./channels";
import type { HubSignal, RealtimeHub } from "./hub";

export type StreamOptions = {
  signal: AbortSignal;
  channels: string[];
  /** The browser's Last-Event-ID (or null for a fresh stream). */
  lastEventId: bigint | null;
  hub: Pick<RealtimeHub, "subscribe">;
  replay: (channels: string[], after: bigint) => Promise<RealtimeEvent[]>;
  latest: () => Promise<bigint>;
  heartbeatMs?: number;
  /** Browser reconnect delay sent as `retry:`. */
  retryMs?: number;
  /**
   * Maximum life of one stream (0 = unlimited). When it is reached the stream says `event: rotate`,
   * asks for a quick reconnect (`retry: 1000`) and ends; the browser comes back with Last-Event-ID and
   * misses nothing. Long-lived connections are thereby spread again over instances after a deploy or
   * scale-out, and proxies with a response timeout never cut a stream mid-frame.
   */
  maxAgeMs?: number;
};

/** `REALTIME_STREAM_MAX_SECONDS` (default 300; 0 turns rotation off). */
export function streamMaxAgeMs(env: Record<string, string | undefined> = process.env): number {
  const raw = env.REALTIME_STREAM_MAX_SECONDS;
  const seconds = raw === undefined || raw.trim() === "" ? 300 : Number(raw);
  return Number.isFinite(seconds) && seconds > 0 ? Math.round(seconds * 1000) : 0;
}

const encoder = new TextEncoder();

/** One SSE frame; `id:` is the event's sequence, so a reconnect sends it back as Last-Event-ID. */
export function formatEvent(event: RealtimeEvent): string {
  return `id: ${event.seq}\ndata: ${JSON.stringify({ channel: event.channel, id: event.id })}\n\n`;
}

/**
 * A Server-Sent Events stream of `channels`: subscribes first, then replays from the event table
 * what came after Last-Event-ID, then passes live events on. A heartbeat comment keeps proxies and
 * phones from dropping an idle connection; aborting the request unsubscribes and stops the timers.
 * After the hub reconnects to PostgreSQL, what was missed meanwhile is replayed from the table.
 */
export function realtimeStream(options: StreamOptions): ReadableStream<Uint8Array> {
  const { signal, channels, hub } = options;
  let cursor = options.lastEventId;
  const recent = new Set<string>();
  const unsubscribers: (() => void)[] = [];
  let heartbeat: NodeJS.Timeout | null = null;
  let rotation: NodeJS.Timeout | null = null;
  let closed = false;
  let replaying: Promise<void> = Promise.resolve();

  return new ReadableStream<Uint8Array>({
    start(controller) {
      const write = (text: string) => {
        if (closed) return;
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          cleanup();
        }
      };
      const send = (event: RealtimeEvent) => {
        if (recent.has(event.seq)) return;
        recent.add(event.seq);
        if (recent.size > 256) recent.delete(recent.values().next().value as string);
        const seq = BigInt(event.seq);
        if (cursor === null || seq > cursor) cursor = seq;
        write(formatEvent(event));
      };
      const replayFrom = (after: bigint) =>
        (replaying = replaying
          .then(() => options.replay(channels, after))
          .then((events) => events.forEach(send))
          .catch(() => write(": replay failed\n\n")));
      const cleanup = () => {
        if (closed) return;
        closed = true;
        if (heartbeat) clearInterval(heartbeat);
        if (rotation) clearTimeout(rotation);
        for (const off of unsubscribers.splice(0)) off();
        signal.removeEventListener("abort", cleanup);
        try {
          controller.close();
        } catch {
          /* already closed */
        }
      };
      if (signal.aborted) return cleanup();
      signal.addEventListener("abort", cleanup);

      const onSignal = (s: HubSignal) => {
        if (s.kind === "event") {
          // Keep order behind a running replay.
          replaying = replaying.then(() => send(s.event));
        } else if (cursor !== null) {
          replayFrom(cursor);
        }
      };
      for (const channel of new Set(channels)) unsubscribers.push(hub.subscribe(channel, onSignal));

      write(`retry: ${options.retryMs ?? 3000}\n\n`);
      if (cursor !== null) {
        replayFrom(cursor);
      } else {
        // A fresh stream starts at the current sequence, so the browser has a Last-Event-ID to resume from.
        replaying = replaying
          .then(() => options.latest())
          .then((latest) => {
            if (cursor === null) cursor = latest;
            write(`id: ${cursor}\nevent: ready\ndata: {}\n\n`);
          })
          .catch(() => write(": ready failed\n\n"));
      }
      heartbeat = setInterval(() => write(": ping\n\n"), options.heartbeatMs ?? 25_000);
      heartbeat.unref?.();
      if (options.maxAgeMs && options.maxAgeMs > 0) {
        // ±10 % so that streams opened together (all TVs after a restart) do not all rotate at once.
        const age = Math.round(options.maxAgeMs * (0.9 + Math.random() * 0.2));
        rotation = setTimeout(() => {
          // Behind a running replay, so that nothing already read is cut off.
          void replaying.then(() => {
            write("retry: 1000\nevent: rotate\ndata: {}\n\n");
            cleanup();
          });
        }, age);
        rotation.unref?.();
      }
    },
    cancel() {
      closed = true;
      if (heartbeat) clearInterval(heartbeat);
      if (rotation) clearTimeout(rotation);
      for (const off of unsubscribers.splice(0)) off();
    },
  });
}

export const SSE_HEADERS = {
  "Content-Type": "text/event-stream; charset=utf-8",
  // no-transform also keeps Next's gzip from buffering the stream.
  "Cache-Control": "private, no-cache, no-store, no-transform",
  Connection: "keep-alive",
  "X-Accel-Buffering": "no",
} as const;
