import "server-only";
import { parseCursor } from "./channels";
import { eventsSince, latestSeq, pruneEvents } from "./data";
import { realtimeHub } from "./hub";
import { realtimeStream, SSE_HEADERS, streamMaxAgeMs } from "./sse";

/**
 * The response of a realtime route handler for channels the handler has already authorized:
 * an SSE stream, or with `?after=<seq>` (the polling fallback where SSE is blocked) the events
 * since that cursor as JSON.
 */
const globalForPrune = globalThis as unknown as { realtimePrunedAt?: number };

/** Old events are dropped now and then by whichever instance serves a stream (harmless if several do). */
function maybePrune() {
  const now = Date.now();
  if (now - (globalForPrune.realtimePrunedAt ?? 0) < 10 * 60_000) return;
  globalForPrune.realtimePrunedAt = now;
  pruneEvents().catch(() => {});
}

export async function realtimeResponse(request: Request, channels: string[]): Promise<Response> {
  maybePrune();
  const url = new URL(request.url);
  if (url.searchParams.has("after")) {
    const after = parseCursor(url.searchParams.get("after"));
    const events = after === null ? [] : await eventsSince(channels, after);
    const cursor = events.length > 0 ? events[events.length - 1].seq : String(after ?? (await latestSeq()));
    return Response.json({ events, cursor }, { headers: { "Cache-Control": "private, no-store" } });
  }
  const stream = realtimeStream({
    signal: request.signal,
    channels,
    lastEventId: parseCursor(request.headers.get("last-event-id") ?? url.searchParams.get("lastEventId")),
    hub: realtimeHub(),
    replay: (c, after) => eventsSince(c, after),
    latest: latestSeq,
    maxAgeMs: streamMaxAgeMs(),
  });
  return new Response(stream, { headers: SSE_HEADERS });
}

export { publish, publishAll } from "./mutations";
export { channels } from "./channels";
export { realtimeHub } from "./hub";
