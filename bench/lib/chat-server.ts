// The SSE side of bench/chat.ts in its own process, so its memory is the server's alone: one
// RealtimeHub (one LISTEN connection) and lib/realtime's SSE stream per connection, served by
// node:http the way Next's route handler streams a Web ReadableStream.
import http from "node:http";
import { Readable } from "node:stream";
import pg from "pg";
import { RealtimeHub } from "../../lib/realtime/hub";
import { realtimeStream, SSE_HEADERS } from "../../lib/realtime/sse";

const url = process.env.DATABASE_URL as string;
const pool = new pg.Pool({ connectionString: url, max: 4 });
const hub = new RealtimeHub({ connectionString: url });

const server = http.createServer((req, res) => {
  const u = new URL(req.url ?? "/", "http://x");
  if (u.pathname === "/mem") {
    (globalThis as { gc?: () => void }).gc?.();
    res.end(JSON.stringify({ ...process.memoryUsage(), subscriptions: hub.size }));
    return;
  }
  const abort = new AbortController();
  req.on("close", () => abort.abort());
  const stream = realtimeStream({
    signal: abort.signal,
    channels: [u.searchParams.get("ch") ?? "conversation:bench"],
    lastEventId: null,
    hub,
    replay: async (channels, after) =>
      (await pool.query("SELECT seq::text, channel, ref FROM realtime_events WHERE channel = ANY($1) AND seq > $2 ORDER BY seq", [channels, after.toString()])).rows.map((r) => ({
        seq: r.seq,
        channel: r.channel,
        id: r.ref,
      })),
    latest: async () => BigInt((await pool.query("SELECT COALESCE(max(seq), 0)::text AS s FROM realtime_events")).rows[0].s),
  });
  res.writeHead(200, SSE_HEADERS);
  Readable.fromWeb(stream as import("node:stream/web").ReadableStream).pipe(res);
});
server.maxConnections = 10_000;
await hub.ready();
server.listen(Number(process.env.PORT), "127.0.0.1", () => process.send?.("listening"));
