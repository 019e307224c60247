// The live queue over real HTTP: a route handler served by a local http server streams the office's
// queue channel; a call-next on the Prisma pool (another connection) reaches the open stream through
// PostgreSQL LISTEN/NOTIFY, another office's changes do not, and `?after=` answers the polling fallback.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/types";
import { db } from "@/lib/db";
import { channels } from "@/lib/realtime/channels";
import { realtimeHub } from "@/lib/realtime/hub";
import type { SeedContext } from "@/prisma/seed/base";
import { actor, openDays, seedDemo, wib } from "@/test/antrian-setup";
import { GET } from "@/app/api/antrian/[kantor]/events/route";
import { issueWalkIn } from "./mutations/checkin";
import { callNext, counterStep } from "./mutations/counter";

let ctx: SeedContext;
let petugas: Actor, petugasTengah: Actor;
let serviceA: string, serviceTengah: string;
let loket1: string, loketTengah: string;
let day: string;
let server: http.Server;
let base: string;

beforeAll(async () => {
  ctx = await seedDemo();
  [petugas, petugasTengah] = await Promise.all([actor(ctx.users.petugas), actor(ctx.users.petugasTengah)]);
  serviceA = (await db.queueService.findFirstOrThrow({ where: { officeId: ctx.offices.pakansari.id, prefix: "A" } })).id;
  serviceTengah = (await db.queueService.findFirstOrThrow({ where: { officeId: ctx.offices.tengah.id } })).id;
  loket1 = (await db.queueCounter.findFirstOrThrow({ where: { officeId: ctx.offices.pakansari.id }, orderBy: { number: "asc" } })).id;
  loketTengah = (await db.queueCounter.findFirstOrThrow({ where: { officeId: ctx.offices.tengah.id } })).id;
  day = (await openDays(ctx.offices.pakansari.id, 1))[0];
  // A real HTTP server in front of the App Router handler (Request in, streamed Response out).
  server = http.createServer(async (req, res) => {
    const abort = new AbortController();
    res.on("close", () => abort.abort());
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const slug = decodeURIComponent(url.pathname.split("/")[3] ?? "");
    const headers = new Headers();
    for (const [k, v] of Object.entries(req.headers)) if (typeof v === "string") headers.set(k, v);
    const response = await GET(new Request(url, { headers, signal: abort.signal }), { params: Promise.resolve({ kantor: slug }) });
    res.writeHead(response.status, Object.fromEntries(response.headers));
    if (!response.body) return res.end();
    Readable.fromWeb(response.body as import("node:stream/web").ReadableStream).on("error", () => res.end()).pipe(res);
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", () => r()));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}, 60_000);

afterAll(async () => {
  server?.closeAllConnections();
  await new Promise((r) => server?.close(r));
  await realtimeHub().close();
});

/** Opens the office's stream and collects its SSE frames as they arrive. */
async function openStream(slug: string) {
  const abort = new AbortController();
  const res = await fetch(`${base}/api/antrian/${slug}/events`, { signal: abort.signal, headers: { accept: "text/event-stream" } });
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toContain("text/event-stream");
  const frames: { event?: string; id?: string; data?: string }[] = [];
  let buffer = "";
  const decoder = new TextDecoder();
  const reading = (async () => {
    try {
      for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
        buffer += decoder.decode(chunk, { stream: true });
        let end: number;
        while ((end = buffer.indexOf("\n\n")) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const frame: { event?: string; id?: string; data?: string } = {};
          for (const line of block.split("\n")) {
            const m = /^(event|id|data): ?(.*)$/.exec(line);
            if (m) frame[m[1] as "event" | "id" | "data"] = m[2];
          }
          if (frame.event || frame.data) frames.push(frame);
        }
      }
    } catch {
      /* aborted */
    }
  })();
  const until = async (predicate: () => boolean, ms = 5000) => {
    const end = Date.now() + ms;
    while (!predicate()) {
      if (Date.now() > end) throw new Error(`timed out; frames: ${JSON.stringify(frames)}`);
      await new Promise((r) => setTimeout(r, 25));
    }
  };
  const messages = () => frames.filter((f) => f.data && f.event !== "ready").map((f) => ({ seq: f.id, ...(JSON.parse(f.data!) as { channel: string; id: string }) }));
  return { frames, messages, until, close: async () => { abort.abort(); await reading; } };
}

describe("the live queue stream", () => {
  it("delivers a call-next made on another connection to the open stream, and nothing from another office", async () => {
    const office = ctx.offices.pakansari.id;
    await issueWalkIn(petugas, { queueServiceId: serviceA, priority: "NONE" }, wib(day, "08:00"));
    await issueWalkIn(petugasTengah, { queueServiceId: serviceTengah, priority: "NONE" }, wib(day, "08:00"));
    const stream = await openStream("kelurahan-pakansari");
    await stream.until(() => stream.frames.some((f) => f.event === "ready"));
    await realtimeHub().ready();

    // Another office calling: not on this stream.
    const other = await callNext(petugasTengah, loketTengah, wib(day, "08:01"));
    expect(other.ok).toBe(true);
    const called = await callNext(petugas, loket1, wib(day, "08:01"));
    expect(called.ok).toBe(true);
    await stream.until(() => stream.messages().length >= 1);
    expect(stream.messages()).toEqual([{ seq: expect.stringMatching(/^\d+$/), channel: channels.queue(office), id: office }]);

    // Finishing is announced too.
    if (called.ok) await counterStep(petugas, loket1, called.ticketId!, "finish", wib(day, "08:05"));
    await stream.until(() => stream.messages().length >= 2);
    expect(stream.messages().every((m) => m.channel === channels.queue(office))).toBe(true);
    await stream.close();
  });

  it("replays what was missed after Last-Event-ID, and answers the polling fallback with ?after=", async () => {
    const slug = "kelurahan-pakansari";
    const cursor = (await (await fetch(`${base}/api/antrian/${slug}/events?after=`)).json()) as { events: unknown[]; cursor: string };
    expect(cursor.cursor).toMatch(/^\d+$/);
    await issueWalkIn(petugas, { queueServiceId: serviceA, priority: "NONE" }, wib(day, "09:00"));
    const polled = (await (await fetch(`${base}/api/antrian/${slug}/events?after=${cursor.cursor}`)).json()) as { events: { channel: string }[]; cursor: string };
    expect(polled.events.map((e) => e.channel)).toContain(channels.queue(ctx.offices.pakansari.id));
    expect(BigInt(polled.cursor)).toBeGreaterThan(BigInt(cursor.cursor));
  });

  it("is a 404 for an office that does not exist", async () => {
    const res = await fetch(`${base}/api/antrian/tidak-ada/events`);
    expect(res.status).toBe(404);
  });
});
