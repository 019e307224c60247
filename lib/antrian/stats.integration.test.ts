import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { SeedContext } from "@/prisma/seed/base";
import { seedDemo, wib } from "@/test/antrian-setup";
import { queueStats } from "./data/stats";

// A day far from the seeded history, so only these tickets count: known times, known answers.
const DAY = "2027-03-15";
let ctx: SeedContext;
let serviceA: { id: string; prefix: string; name: string }, serviceB: { id: string; prefix: string; name: string };
let loket1: { id: string; number: number }, loket2: { id: string; number: number };

type T = { service: { id: string }; counter: { id: string } | null; status: "DONE" | "NO_SHOW" | "WAITING" | "BOOKED"; checkedIn: string; called?: string; finished?: string; officeId?: string };
let seq = 0;
async function ticket(t: T) {
  seq += 1;
  await db.queueTicket.create({
    data: {
      officeId: t.officeId ?? ctx.offices.pakansari.id, queueServiceId: t.service.id, day: new Date(`${DAY}T00:00:00Z`), seq, number: `X-${seq}`, code: `ST${String(seq).padStart(4, "0")}`,
      kind: "WALK_IN", status: t.status, counterId: t.counter?.id ?? null,
      checkedInAt: wib(DAY, t.checkedIn), queuedAt: wib(DAY, t.checkedIn), calledAt: t.called ? wib(DAY, t.called) : null,
      finishedAt: t.finished ? wib(DAY, t.finished) : null, noShowAt: t.status === "NO_SHOW" && t.called ? wib(DAY, t.called) : null,
    },
  });
}

beforeAll(async () => {
  ctx = await seedDemo();
  const office = ctx.offices.pakansari.id;
  serviceA = await db.queueService.findFirstOrThrow({ where: { officeId: office, prefix: "A" }, select: { id: true, prefix: true, name: true } });
  serviceB = await db.queueService.findFirstOrThrow({ where: { officeId: office, prefix: "B" }, select: { id: true, prefix: true, name: true } });
  [loket1, loket2] = await db.queueCounter.findMany({ where: { officeId: office }, orderBy: { number: "asc" }, select: { id: true, number: true } });
  // Service A at loket 1: waits 10, 30 and 35 minutes; served 10 and 5 minutes; one no-show.
  await ticket({ service: serviceA, counter: loket1, status: "DONE", checkedIn: "08:00", called: "08:10", finished: "08:20" });
  await ticket({ service: serviceA, counter: loket1, status: "DONE", checkedIn: "08:00", called: "08:30", finished: "08:35" });
  await ticket({ service: serviceA, counter: loket1, status: "NO_SHOW", checkedIn: "08:05", called: "08:40" });
  // Service B at loket 2: waits 20, served 30, called in the 09 hour.
  await ticket({ service: serviceB, counter: loket2, status: "DONE", checkedIn: "09:00", called: "09:20", finished: "09:50" });
  // Not counted: still waiting, still booked, and another office's number on the same day.
  await ticket({ service: serviceA, counter: null, status: "WAITING", checkedIn: "10:00" });
  await ticket({ service: serviceA, counter: null, status: "BOOKED", checkedIn: "10:00" });
  const other = await db.queueService.findFirstOrThrow({ where: { officeId: ctx.offices.tengah.id }, select: { id: true } });
  const otherLoket = await db.queueCounter.findFirstOrThrow({ where: { officeId: ctx.offices.tengah.id }, select: { id: true } });
  await ticket({ service: { id: other.id }, counter: otherLoket, status: "DONE", checkedIn: "08:00", called: "10:00", finished: "11:00", officeId: ctx.offices.tengah.id });
});

const stats = (by: "service" | "counter" | "day" | "hour") => queueStats(ctx.offices.pakansari.id, DAY, "2027-03-16", by);

describe("queue statistics", () => {
  it("gives mean, median, P90 and spread of waiting and service time, and the no-show rate, per service", async () => {
    const rows = await stats("service");
    expect(rows).toEqual([
      {
        key: `${serviceA.prefix} · ${serviceA.name}`, tickets: 3,
        waitMean: 25, waitMedian: 30, waitP90: 35, waitSd: 10.8,
        serviceMean: 7.5, serviceMedian: 7.5, serviceP90: 10, serviceSd: 2.5,
        noShowRate: 33.3,
      },
      {
        key: `${serviceB.prefix} · ${serviceB.name}`, tickets: 1,
        waitMean: 20, waitMedian: 20, waitP90: 20, waitSd: 0,
        serviceMean: 30, serviceMedian: 30, serviceP90: 30, serviceSd: 0,
        noShowRate: 0,
      },
    ]);
  });

  it("groups the same numbers by loket, by day and by the hour (WIB) they were called", async () => {
    expect((await stats("counter")).map((r) => [r.key, r.tickets, r.noShowRate])).toEqual([[`Loket ${loket1.number}`, 3, 33.3], [`Loket ${loket2.number}`, 1, 0]]);
    expect((await stats("day")).map((r) => [r.key, r.tickets, r.waitMean, r.noShowRate])).toEqual([[DAY, 4, 23.8, 25]]);
    expect((await stats("hour")).map((r) => [r.key, r.tickets, r.waitMedian])).toEqual([["08:00", 3, 30], ["09:00", 1, 20]]);
  });

  it("counts nothing outside the period", async () => {
    expect(await queueStats(ctx.offices.pakansari.id, "2027-03-16", "2027-03-17", "service")).toEqual([]);
  });
});
