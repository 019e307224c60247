// Several instances, one database: a place that comes back (a cancellation, a quota raised, a schedule,
// closure or holiday changed) makes every instance's booking waiting room (scripts/lib/booking-gate.mjs)
// forget the slots it was answering "kuota penuh" for (NOTIFY antrian_room from the database's
// triggers, migration 20261203190000), and a booking that only takes a place does not.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/types";
import { db } from "@/lib/db";
import { bookTicket, cancelTicket } from "@/lib/antrian/mutations/booking";
import type { SeedContext } from "@/prisma/seed/base";
import { makeResidents, openDays, seedDemo } from "@/test/antrian-setup";
// @ts-expect-error plain ESM helper without types
import { createBookingGate } from "../scripts/lib/booking-gate.mjs";

type Gate = {
  serve: (rq: http.IncomingMessage, rs: http.ServerResponse, next: (rq: http.IncomingMessage, rs: http.ServerResponse) => void) => void;
  stats: () => { full: number };
  listening: () => boolean;
  close: () => Promise<void>;
};
const gates: Gate[] = [];
const servers: http.Server[] = [];
afterAll(async () => {
  await Promise.all(gates.map((g) => g.close()));
  await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
});

/** One instance's waiting room in front of an app that calls every slot full. */
async function instance() {
  const gate: Gate = createBookingGate({ databaseUrl: process.env.DATABASE_URL, fullSeconds: 600, log: () => {} });
  gates.push(gate);
  const server = http.createServer((rq, rs) =>
    gate.serve(rq, rs, (q, s) => {
      q.resume();
      s.writeHead(409, { "content-type": "application/json", "X-Slot-Full": "1" }).end('{"ok":false,"error":"quota_full"}');
    }),
  );
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  /** Has the app say `service`'s slot is full, so the room answers it from now on. */
  const learnFull = async (service: string) => {
    await fetch(`${base}/api/antrian/pesan/${service}/2026-12-07/08:00`, { method: "POST", body: "{}" }).then((r) => r.text());
  };
  return { gate, learnFull };
}

async function eventually(check: () => boolean, ms = 3000) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (check()) return true;
    await new Promise((r) => setTimeout(r, 25));
  }
  return false;
}

let ctx: SeedContext;
let serviceA: { id: string; officeId: string };
let days: string[];
let a: Awaited<ReturnType<typeof instance>>, b: Awaited<ReturnType<typeof instance>>;

beforeAll(async () => {
  ctx = await seedDemo();
  serviceA = await db.queueService.findFirstOrThrow({ where: { officeId: ctx.offices.pakansari.id, prefix: "A" }, select: { id: true, officeId: true } });
  days = await openDays(ctx.offices.pakansari.id, 3);
  [a, b] = [await instance(), await instance()];
  expect(await eventually(() => a.gate.listening() && b.gate.listening())).toBe(true);
}, 60_000);

/**
 * Both rooms answer serviceA's slot "full". Learnt again while a change made just before (e.g. the
 * closure a test creates) still has its NOTIFY on the way, which makes the rooms forget it once more.
 */
async function bothFull() {
  const full = () => a.gate.stats().full + b.gate.stats().full === 2;
  const until = Date.now() + 3000;
  do {
    await a.learnFull(serviceA.id);
    await b.learnFull(serviceA.id);
    await new Promise((r) => setTimeout(r, 150));
  } while (!full() && Date.now() < until);
  expect(full()).toBe(true);
}
const bothForgot = () => eventually(() => a.gate.stats().full === 0 && b.gate.stats().full === 0);

describe("booking waiting room across instances", () => {
  it("a booking keeps the slot full; its cancellation frees it on both instances", async () => {
    const [warga]: Actor[] = await makeResidents(ctx.offices.pakansari.id, 1, "gate");
    await bothFull();
    const booked = await bookTicket(warga, { queueServiceId: serviceA.id, day: days[0], start: "08:00" });
    if (!booked.ok) throw new Error(booked.error);
    await new Promise((r) => setTimeout(r, 300));
    expect(a.gate.stats().full + b.gate.stats().full).toBe(2); // taking a place is no reason to forget
    expect((await cancelTicket(warga, booked.id)).ok).toBe(true);
    expect(await bothForgot()).toBe(true);
  });

  it("a quota raised or a schedule changed frees it too", async () => {
    await bothFull();
    await db.queueSchedule.updateMany({ where: { queueServiceId: serviceA.id, startTime: "08:00" }, data: { quotaPerSlot: { increment: 1 } } });
    expect(await bothForgot()).toBe(true);
  });

  it("a closure or a holiday removed frees it too", async () => {
    const closure = await db.queueClosure.create({ data: { officeId: serviceA.officeId, queueServiceId: serviceA.id, date: new Date(`${days[1]}T00:00:00Z`), reason: "Rapat" } });
    await bothFull();
    await db.queueClosure.delete({ where: { id: closure.id } });
    expect(await bothForgot()).toBe(true);
    const holiday = await db.holiday.create({ data: { officeId: serviceA.officeId, date: new Date(`${days[2]}T00:00:00Z`), name: "Libur uji", national: false } });
    await bothFull();
    await db.holiday.delete({ where: { id: holiday.id } });
    expect(await bothForgot()).toBe(true);
  });
});
