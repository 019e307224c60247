// The booking waiting room (scripts/lib/booking-gate.mjs) on a real HTTP server, in front of a stand-in
// for the app whose bookings take as long as we say and which answers "kuota penuh" as the booking
// route does (409 + X-Slot-Full) once its places are gone.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
// @ts-expect-error plain ESM helper without types
import { createBookingGate, slotOf } from "./booking-gate.mjs";

type Gate = {
  serve: (rq: http.IncomingMessage, rs: http.ServerResponse, next: (rq: http.IncomingMessage, rs: http.ServerResponse) => void) => void;
  forget: (service?: string) => void;
  stats: () => { entered: number; answeredFull: number; waited: number; refusedBusy: number; inside: number; waiting: number; full: number };
};

const servers: http.Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((r) => { s.closeAllConnections(); s.close(r); })));
});

/** An app with `places` places per slot; each booking takes `ms`. Counts what reached it. */
async function start({ places = 2, ms = 40, ...options }: { places?: number; ms?: number; concurrency?: number; maxWaiting?: number; fullSeconds?: number; now?: () => number } = {}) {
  const gate: Gate = createBookingGate({ databaseUrl: null, log: () => {}, ...options });
  const left = new Map<string, number>();
  const app = { reached: 0, inside: 0, maxInside: 0, other: 0 };
  const server = http.createServer((rq, rs) =>
    gate.serve(rq, rs, (q, s) => {
      if (!q.url?.startsWith("/api/antrian/pesan/")) {
        app.other += 1;
        s.end("other");
        return;
      }
      app.reached += 1;
      app.inside += 1;
      app.maxInside = Math.max(app.maxInside, app.inside);
      q.resume();
      setTimeout(() => {
        app.inside -= 1;
        const key = q.url!;
        const n = left.get(key) ?? places;
        if (n > 0) {
          left.set(key, n - 1);
          s.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ ok: true, id: `t${app.reached}` }));
        } else {
          // As Next writes a route's answer: headers set one by one, then the body.
          s.statusCode = 409;
          s.setHeader("content-type", "application/json");
          s.setHeader("X-Slot-Full", "1");
          s.end(JSON.stringify({ ok: false, error: "quota_full" }));
        }
      }, ms);
    }),
  );
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const book = async (slot = "qa/2026-12-07/08:00", signal?: AbortSignal) => {
    const r = await fetch(`${base}/api/antrian/pesan/${slot}`, { method: "POST", headers: { "content-type": "application/json" }, body: "{}", signal });
    return { status: r.status, body: await r.json(), gate: r.headers.get("x-booking-gate") };
  };
  return { gate, app, base, book };
}

describe("which requests the waiting room holds", () => {
  it("only the booking of a slot, by POST", () => {
    const r = (method: string, url: string) => ({ method, url, headers: {} });
    expect(slotOf(r("POST", "/api/antrian/pesan/qa/2026-12-07/08%3A00"))).toEqual({ service: "qa", key: "qa|2026-12-07|08:00" });
    expect(slotOf(r("POST", "/api/antrian/pesan/qa/2026-12-07/08:00?x=1"))?.key).toBe("qa|2026-12-07|08:00");
    for (const [m, u] of [["GET", "/api/antrian/pesan/qa/2026-12-07/08:00"], ["POST", "/api/antrian/pesan/qa/2026-12-07"], ["POST", "/api/antrian/tiket/x"], ["POST", "/warga/antrian/baru"], ["POST", "/api/antrian/pesan/%E0%A4%A/d/s"]]) {
      expect(slotOf(r(m, u)), `${m} ${u}`).toBeNull();
    }
  });

  it("passes every other request straight to the app", async () => {
    const { base, app } = await start({ concurrency: 1 });
    const answers = await Promise.all(Array.from({ length: 5 }, () => fetch(`${base}/layanan`).then((r) => r.text())));
    expect(answers).toEqual(Array(5).fill("other"));
    expect(app.other).toBe(5);
  });
});

describe("the rush", () => {
  it("lets at most `concurrency` bookings into the app, first come first served", async () => {
    const { book, app, gate } = await start({ places: 100, ms: 30, concurrency: 3 });
    const order: number[] = [];
    await Promise.all(Array.from({ length: 12 }, async (_, i) => {
      await new Promise((r) => setTimeout(r, i * 2));
      const a = await book();
      expect(a.status).toBe(200);
      order.push(i);
    }));
    expect(app.reached).toBe(12);
    expect(app.maxInside).toBe(3);
    expect(gate.stats().waited).toBeGreaterThanOrEqual(8);
    expect(order.slice(0, 3).sort((a, b) => a - b)).toEqual([0, 1, 2]);
  });

  it("once the app calls a slot full, everyone waiting for it and everyone after is told at once; other slots still book", async () => {
    const { book, app, gate } = await start({ places: 2, ms: 40, concurrency: 2 });
    const t0 = performance.now();
    const answers = await Promise.all(Array.from({ length: 30 }, () => book()));
    const took = performance.now() - t0;
    expect(answers.filter((a) => a.status === 200)).toHaveLength(2);
    expect(answers.filter((a) => a.status === 409).map((a) => a.body)).toEqual(Array(28).fill({ ok: false, error: "quota_full" }));
    // 2 bookings + 2 refusals by the app (the ones inside when the first said full); the other 26 never reached it.
    expect(app.reached).toBe(4);
    expect(answers.filter((a) => a.gate === "full")).toHaveLength(26);
    // Without the room the 30 would take 15 rounds of 40 ms one after another: here two rounds.
    expect(took).toBeLessThan(15 * 40);
    expect((await book()).gate).toBe("full");
    expect(app.reached).toBe(4);
    expect((await book("qa/2026-12-07/09:00")).status).toBe(200);
    expect(app.reached).toBe(5);
    expect(gate.stats().full).toBe(1);
  });

  it("asks the app again after `fullSeconds`, or at once when told a place may be back", async () => {
    let clock = 1_000_000;
    const { book, app, gate } = await start({ places: 0, ms: 1, concurrency: 1, fullSeconds: 10, now: () => clock });
    expect((await book()).gate).toBeNull(); // the app said full
    expect((await book()).gate).toBe("full");
    clock += 10_001;
    expect((await book()).gate).toBeNull();
    expect(app.reached).toBe(2);
    gate.forget("qb"); // another service: still full
    expect((await book()).gate).toBe("full");
    gate.forget("qa");
    expect((await book()).gate).toBeNull();
    expect((await book()).gate).toBe("full");
    gate.forget();
    expect((await book()).gate).toBeNull();
    expect(app.reached).toBe(4);
  });

  it("does not book a phone that gave up while waiting, and says busy when the line is too long", async () => {
    const { book, app, gate } = await start({ places: 100, ms: 80, concurrency: 1, maxWaiting: 2 });
    const first = book("qa/2026-12-07/08:00");
    await new Promise((r) => setTimeout(r, 10));
    const gaveUp = new AbortController();
    const waiting = book("qa/2026-12-07/08:00", gaveUp.signal).catch((e: Error) => e.name);
    const second = book("qa/2026-12-07/08:00");
    await new Promise((r) => setTimeout(r, 10));
    const busy = await book("qa/2026-12-07/08:00");
    expect(busy.status).toBe(503);
    expect(busy.body).toEqual({ ok: false, error: "busy" });
    gaveUp.abort();
    expect(await waiting).toBe("AbortError");
    expect((await first).status).toBe(200);
    expect((await second).status).toBe(200);
    expect(app.reached).toBe(2); // the first and the second; not the one that gave up
    expect(gate.stats()).toMatchObject({ inside: 0, waiting: 0, refusedBusy: 1 });
  });
});
