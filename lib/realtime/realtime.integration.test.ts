// LISTEN/NOTIFY delivery between two database connections: the publisher's transaction on the
// Prisma pool, the hubs' dedicated LISTEN connections (two hubs = two app instances).
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { channels, type RealtimeEvent } from "./channels";
import { eventsSince, latestSeq } from "./data";
import { RealtimeHub, type HubSignal } from "./hub";
import { publish } from "./mutations";
import { realtimeStream } from "./sse";

const url = () => process.env.DATABASE_URL as string;

function collector(hub: RealtimeHub, channel: string) {
  const seen: HubSignal[] = [];
  const waiters: (() => void)[] = [];
  hub.subscribe(channel, (s) => {
    seen.push(s);
    waiters.splice(0).forEach((w) => w());
  });
  const events = () => seen.flatMap((s) => (s.kind === "event" ? [s.event] : []));
  return {
    seen,
    events,
    async waitFor(predicate: () => boolean, ms = 5000) {
      const until = Date.now() + ms;
      while (!predicate()) {
        if (Date.now() > until) throw new Error("timed out");
        await new Promise<void>((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, 50);
        });
      }
    },
  };
}

let hubA: RealtimeHub;
let hubB: RealtimeHub;

beforeAll(async () => {
  hubA = new RealtimeHub({ connectionString: url(), retryMs: 50 });
  hubB = new RealtimeHub({ connectionString: url(), retryMs: 50 });
});

afterAll(async () => {
  await hubA.close();
  await hubB.close();
});

describe("realtime over LISTEN/NOTIFY", () => {
  it("delivers a committed publish to every instance's subscribers, and only on commit", async () => {
    const channel = channels.conversation("conv1");
    const a = collector(hubA, channel);
    const b = collector(hubB, channel);
    const other = collector(hubA, channels.conversation("conv2"));
    await Promise.all([hubA.ready(), hubB.ready()]);

    let duringTx = -1;
    await db.$transaction(async (tx) => {
      await publish(tx, { channel, id: "msg1" });
      await new Promise((r) => setTimeout(r, 200));
      duringTx = a.events().length; // not delivered before commit
    });
    expect(duringTx).toBe(0);
    await a.waitFor(() => a.events().length === 1);
    await b.waitFor(() => b.events().length === 1);
    expect(a.events()[0]).toMatchObject({ channel, id: "msg1" });
    expect(b.events()[0].seq).toBe(a.events()[0].seq);
    expect(other.events()).toHaveLength(0);

    // A rolled-back transaction announces nothing.
    await expect(
      db.$transaction(async (tx) => {
        await publish(tx, { channel, id: "msg-rolled-back" });
        throw new Error("rollback");
      }),
    ).rejects.toThrow("rollback");
    await db.$transaction(async (tx) => publish(tx, { channel, id: "msg2" }));
    await a.waitFor(() => a.events().length === 2);
    expect(a.events().map((e) => e.id)).toEqual(["msg1", "msg2"]);
  });

  it("refuses payloads that are not a channel name and a record id", async () => {
    await expect(db.$transaction((tx) => publish(tx, { channel: "conversation:x", id: "Siti Aminah 3201…" }))).rejects.toThrow();
    await expect(db.$transaction((tx) => publish(tx, { channel: "not a channel", id: "x" }))).rejects.toThrow();
  });

  it("reconnects by itself after the LISTEN connection is killed and signals a resync", async () => {
    const channel = channels.conversation("conv3");
    const a = collector(hubA, channel);
    await hubA.ready();
    const admin = new pg.Client({ connectionString: url() });
    await admin.connect();
    await admin.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'lw-realtime' AND datname = current_database()");
    await admin.end();
    await a.waitFor(() => a.seen.some((s) => s.kind === "resync"), 10_000);
    await db.$transaction((tx) => publish(tx, { channel, id: "after-reconnect" }));
    await a.waitFor(() => a.events().some((e) => e.id === "after-reconnect"));
  });

  it("an SSE stream replays what came after Last-Event-ID, then streams live, and stops on abort", async () => {
    const channel = channels.officeInbox("office1");
    const before = await latestSeq();
    await db.$transaction((tx) => publish(tx, { channel, id: "missed1" }));
    await db.$transaction((tx) => publish(tx, { channel: channels.officeInbox("office2"), id: "not-mine" }));

    const abort = new AbortController();
    const stream = realtimeStream({
      signal: abort.signal,
      channels: [channel],
      lastEventId: before,
      hub: hubB,
      replay: (c, after) => eventsSince(c, after),
      latest: latestSeq,
      heartbeatMs: 100,
    });
    const reader = stream.getReader();
    const decoder = new TextDecoder();
    let text = "";
    const readUntil = async (predicate: (t: string) => boolean) => {
      const until = Date.now() + 5000;
      while (!predicate(text)) {
        if (Date.now() > until) throw new Error(`timed out, got ${text}`);
        const { value, done } = await reader.read();
        if (done) break;
        text += decoder.decode(value);
      }
    };
    await readUntil((t) => t.includes("missed1"));
    await hubB.ready();
    const beforeSubs = hubB.size;
    await db.$transaction((tx) => publish(tx, { channel, id: "live1" }));
    await readUntil((t) => t.includes("live1") && t.includes(": ping"));
    expect(text).not.toContain("not-mine");
    const frames = text.split("\n\n").filter((f) => f.startsWith("id: "));
    const ids = frames.map((f) => JSON.parse(f.split("data: ")[1]) as { id: string }).map((d) => d.id);
    expect(ids).toEqual(["missed1", "live1"]);
    // The id: of each frame is its sequence, what the browser sends back as Last-Event-ID.
    const seqs = frames.map((f) => BigInt(f.slice(4, f.indexOf("\n"))));
    expect(seqs[0]).toBeGreaterThan(before);
    abort.abort();
    expect(hubB.size).toBe(beforeSubs - 1);
    const rest = await reader.read();
    expect(rest.done).toBe(true);
  });

  it("eventsSince only returns the asked channels, oldest first", async () => {
    const start = await latestSeq();
    for (const id of ["p1", "p2", "p3"]) await db.$transaction((tx) => publish(tx, { channel: channels.user("u1"), id }));
    const got: RealtimeEvent[] = await eventsSince([channels.user("u1")], start);
    expect(got.map((e) => e.id)).toEqual(["p1", "p2", "p3"]);
    expect(await eventsSince([channels.user("u2")], start)).toEqual([]);
  });
});
