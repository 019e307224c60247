// Realtime chat benchmark: 500 concurrent SSE connections on one server process (lib/realtime's
// hub and SSE stream), memory per idle connection, and fan-out latency (publish committed →
// received by every connection, p50/p95) beside the raw LISTEN/NOTIFY round trip in the same run.
// Targets: p95 ≤ 200 ms at 500 connections; ≤ 100 KB server memory per idle connection.
// Run: npm run bench -- chat. Env: BENCH_CHAT_CONNECTIONS (500), BENCH_CHAT_POSTS (50).
import { fork } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import pg from "pg";
// @ts-expect-error plain ESM helper without types
import { startEmbedded } from "../scripts/lib/embedded-db.mjs";
// @ts-expect-error plain ESM helper without types
import { applyMigrations } from "../scripts/lib/migrate.mjs";

const CONNECTIONS = Number(process.env.BENCH_CHAT_CONNECTIONS ?? 500);
const POSTS = Number(process.env.BENCH_CHAT_POSTS ?? 50);
const CHANNEL = "conversation:bench";
const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "lw-bench-chat-"));
const embedded = await startEmbedded({ dir: path.join(dir, "pg"), persistent: false });
const admin = new pg.Client({ connectionString: embedded.urlFor("postgres") });
await admin.connect();
await admin.query("CREATE DATABASE bench_chat");
await admin.end();
const url = embedded.urlFor("bench_chat");
await applyMigrations(url);

const port = 20000 + Math.floor(Math.random() * 20000);
const server = fork(path.join(import.meta.dirname, "lib/chat-server.ts"), [], {
  execArgv: ["--import", "tsx", "--expose-gc"],
  env: { ...process.env, DATABASE_URL: url, PORT: String(port) },
});
await new Promise<void>((resolve) => server.on("message", (m) => m === "listening" && resolve()));
const mem = async () => JSON.parse(await (await fetch(`http://127.0.0.1:${port}/mem`)).text()) as { rss: number; heapUsed: number; external: number; arrayBuffers: number; subscriptions: number };

const agent = new http.Agent({ keepAlive: false, maxSockets: Infinity });
type Client = { received: Map<string, number>; ready: Promise<void>; req: http.ClientRequest };
function connect(): Client {
  const received = new Map<string, number>();
  let ready!: () => void;
  const readyP = new Promise<void>((r) => (ready = r));
  const req = http.get({ host: "127.0.0.1", port, path: `/sse?ch=${encodeURIComponent(CHANNEL)}`, agent }, (res) => {
    let buf = "";
    res.setEncoding("utf8");
    res.on("data", (chunk: string) => {
      buf += chunk;
      let i;
      while ((i = buf.indexOf("\n\n")) >= 0) {
        const frame = buf.slice(0, i);
        buf = buf.slice(i + 2);
        if (frame.includes("event: ready")) ready();
        const data = frame.split("\n").find((l) => l.startsWith("data: "));
        if (data && !frame.includes("event: ready")) received.set((JSON.parse(data.slice(6)) as { id: string }).id, performance.now());
      }
    });
  });
  return { received, ready: readyP, req };
}

const before = await mem();
const clients: Client[] = [];
for (let i = 0; i < CONNECTIONS; i++) {
  clients.push(connect());
  if (i % 50 === 49) await sleep(20);
}
await Promise.all(clients.map((c) => c.ready));
await sleep(1000);
const after = await mem();
const perConn = (after.rss - before.rss) / CONNECTIONS;
const perConnHeap = (after.heapUsed + after.external - before.heapUsed - before.external) / CONNECTIONS;

// Publisher: the same statement as lib/realtime publish(), in its own committed transaction.
const publisher = new pg.Client({ connectionString: url });
await publisher.connect();
const publish = async (id: string) => {
  await publisher.query("BEGIN");
  await publisher.query(
    `WITH e AS (INSERT INTO realtime_events (channel, ref) VALUES ($1, $2) RETURNING seq, channel, ref)
     SELECT pg_notify('lw_realtime', json_build_object('s', seq::text, 'c', channel, 'i', ref)::text) FROM e`,
    [CHANNEL, id],
  );
  await publisher.query("COMMIT");
};

// Raw LISTEN/NOTIFY round trip between two connections, same database, same run.
const listener = new pg.Client({ connectionString: url });
await listener.connect();
await listener.query("LISTEN lw_raw");
const raw: number[] = [];
for (let i = 0; i < POSTS; i++) {
  const got = new Promise<number>((resolve) => listener.once("notification", () => resolve(performance.now())));
  const t0 = performance.now();
  await publisher.query("SELECT pg_notify('lw_raw', $1)", [String(i)]);
  raw.push((await got) - t0);
  await sleep(20);
}

const allReceived: number[] = [];
const each: number[] = [];
let missing = 0;
for (let i = 0; i < POSTS; i++) {
  const id = `m${i}`;
  const t0 = performance.now();
  await publish(id);
  const until = Date.now() + 5000;
  while (clients.some((c) => !c.received.has(id)) && Date.now() < until) await sleep(2);
  const times = clients.map((c) => c.received.get(id));
  missing += times.filter((t) => t === undefined).length;
  const got = times.filter((t): t is number => t !== undefined).map((t) => t - t0);
  each.push(...got);
  allReceived.push(Math.max(...got));
  await sleep(50);
}

const f = (n: number) => n.toFixed(1).padStart(7);
console.log(`connections: ${CONNECTIONS} SSE on one server process (subscriptions on its hub: ${after.subscriptions})`);
console.log(`server memory per idle connection: RSS ${(perConn / 1024).toFixed(1)} KB, JS heap+external ${(perConnHeap / 1024).toFixed(1)} KB (target ≤ 100 KB)`);
console.log(`                              p50      p95      max   (ms, ${POSTS} posts)`);
console.log(`raw LISTEN/NOTIFY round trip ${f(quantile(raw, 0.5))} ${f(quantile(raw, 0.95))} ${f(Math.max(...raw))}`);
console.log(`fan-out, received by all     ${f(quantile(allReceived, 0.5))} ${f(quantile(allReceived, 0.95))} ${f(Math.max(...allReceived))}   (target p95 ≤ 200)`);
console.log(`fan-out, each connection     ${f(quantile(each, 0.5))} ${f(quantile(each, 0.95))} ${f(Math.max(...each))}`);
console.log(`messages not received: ${missing}`);

for (const c of clients) c.req.destroy();
await publisher.end();
await listener.end();
server.kill();
await embedded.stop();
fs.rmSync(dir, { recursive: true, force: true });
process.exit(missing > 0 ? 1 : 0);
