import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/types";
import { jakartaDateKey } from "@/lib/calendar/working-days";
import { db } from "@/lib/db";
import type { SeedContext } from "@/prisma/seed/base";
import { loadQueueStatus } from "./data/public";
import { queueStats } from "./data/stats";
import { actor, makeResidents, openDays, seedDemo, wib } from "@/test/antrian-setup";
import { bookTicket } from "./mutations/booking";
import { checkIn, issueWalkIn } from "./mutations/checkin";
import { callNext, counterStep, transferTicket } from "./mutations/counter";

let ctx: SeedContext;
let petugas: Actor, petugasTengah: Actor;
let serviceA: { id: string; officeId: string }, serviceB: { id: string };
let loket1: string, loket2: string, loketTengah: string;
let day: string;

beforeAll(async () => {
  ctx = await seedDemo();
  [petugas, petugasTengah] = await Promise.all([actor(ctx.users.petugas), actor(ctx.users.petugasTengah)]);
  const office = ctx.offices.pakansari.id;
  serviceA = await db.queueService.findFirstOrThrow({ where: { officeId: office, prefix: "A" }, select: { id: true, officeId: true } });
  serviceB = await db.queueService.findFirstOrThrow({ where: { officeId: office, prefix: "B" }, select: { id: true } });
  [loket1, loket2] = (await db.queueCounter.findMany({ where: { officeId: office }, orderBy: { number: "asc" } })).map((c) => c.id);
  loketTengah = (await db.queueCounter.findFirstOrThrow({ where: { officeId: ctx.offices.tengah.id } })).id;
  day = (await openDays(office, 1))[0];
});

const at = (time: string) => wib(day, time);

describe("two lokets calling at once", () => {
  it("never hand out the same number", async () => {
    for (let i = 0; i < 12; i++) await issueWalkIn(petugas, { queueServiceId: serviceA.id, priority: "NONE" }, at("07:30"));
    const called: string[] = [];
    for (let round = 0; round < 6; round++) {
      const both = await Promise.all([callNext(petugas, loket1, at("08:00")), callNext(petugas, loket2, at("08:00"))]);
      for (const [i, r] of both.entries()) {
        expect(r.ok).toBe(true);
        if (r.ok) {
          called.push(r.number!);
          expect((await counterStep(petugas, i ? loket2 : loket1, r.ticketId!, "finish", at("08:05"))).ok).toBe(true);
        }
      }
    }
    expect(called).toHaveLength(12);
    expect(new Set(called).size).toBe(12);
    expect(await callNext(petugas, loket1, at("08:10"))).toEqual({ ok: false, error: "queue_empty" });
  });

  it("refuses to call while the loket still has a number", async () => {
    await issueWalkIn(petugas, { queueServiceId: serviceA.id, priority: "NONE" }, at("08:20"));
    await issueWalkIn(petugas, { queueServiceId: serviceA.id, priority: "NONE" }, at("08:20"));
    const first = await callNext(petugas, loket1, at("08:21"));
    expect(first.ok).toBe(true);
    expect(await callNext(petugas, loket1, at("08:22"))).toEqual({ ok: false, error: "counter_busy" });
    if (first.ok) await counterStep(petugas, loket1, first.ticketId!, "noShow", at("08:23"));
    const second = await callNext(petugas, loket1, at("08:24"));
    if (second.ok) await counterStep(petugas, loket1, second.ticketId!, "finish", at("08:25"));
  });
});

describe("priority lane", () => {
  it("calls lansia, disabilitas and ibu hamil first, or one after every N regular calls when configured", async () => {
    const r1 = await issueWalkIn(petugas, { queueServiceId: serviceA.id, priority: "NONE" }, at("09:00"));
    const r2 = await issueWalkIn(petugas, { queueServiceId: serviceA.id, priority: "NONE" }, at("09:01"));
    const p1 = await issueWalkIn(petugas, { queueServiceId: serviceB.id, priority: "LANSIA" }, at("09:02"));
    const p2 = await issueWalkIn(petugas, { queueServiceId: serviceA.id, priority: "IBU_HAMIL" }, at("09:03"));
    const order: string[] = [];
    const next = async (time: string) => {
      const r = await callNext(petugas, loket1, at(time));
      if (!r.ok) throw new Error(r.error);
      order.push(r.number!);
      await counterStep(petugas, loket1, r.ticketId!, "finish", at(time));
    };
    await next("09:10");
    await next("09:11");
    expect(order).toEqual([p1.ok && p1.number, p2.ok && p2.number]);
    await next("09:12");
    await next("09:13");
    expect(order.slice(2)).toEqual([r1.ok && r1.number, r2.ok && r2.number]);

    await db.queueSettings.update({ where: { officeId: serviceA.officeId }, data: { priorityEvery: 2 } });
    const regular = [];
    for (let i = 0; i < 3; i++) regular.push(await issueWalkIn(petugas, { queueServiceId: serviceA.id, priority: "NONE" }, at(`09:2${i}`)));
    const prio = await issueWalkIn(petugas, { queueServiceId: serviceA.id, priority: "DISABILITAS" }, at("09:25"));
    const prio2 = await issueWalkIn(petugas, { queueServiceId: serviceA.id, priority: "LANSIA" }, at("09:26"));
    const before = order.length;
    for (const time of ["09:30", "09:31", "09:32", "09:33", "09:34"]) await next(time);
    // Two regular calls since the last priority one: a priority number first, then two regular, then priority again.
    const n = (r: { ok: boolean; number?: string }) => (r.ok ? r.number : null);
    expect(order.slice(before)).toEqual([n(prio), n(regular[0]), n(regular[1]), n(prio2), n(regular[2])]);
    await db.queueSettings.update({ where: { officeId: serviceA.officeId }, data: { priorityEvery: 0 } });
  });
});

describe("check-in, transfer and the times recorded", () => {
  it("checks a booking in within its window, and the statistics show its waiting and service time", async () => {
    const [rina] = await makeResidents(serviceA.officeId, 1, "checkin");
    const booked = await bookTicket(rina, { queueServiceId: serviceA.id, day, start: "10:00" }, at("06:00"));
    if (!booked.ok) throw new Error(booked.error);
    expect(await checkIn(petugas, booked.code, at("08:30"))).toEqual({ ok: false, error: "too_early" });
    expect(await checkIn(petugasTengah, booked.code, at("09:30"))).toEqual({ ok: false, error: "not_found" });
    const ok = await checkIn(petugas, booked.code.toLowerCase(), at("09:30"));
    expect(ok).toEqual({ ok: true, id: booked.id, number: booked.number });
    expect(await checkIn(petugas, booked.code, at("09:31"))).toEqual({ ok: false, error: "already_checked_in" });

    // Early arrival waits from its slot start (10:00), called at 10:12, finished at 10:20.
    const called = await callNext(petugas, loket2, at("10:12"));
    expect(called).toEqual({ ok: true, ticketId: booked.id, number: booked.number });
    expect((await counterStep(petugas, loket2, booked.id, "start", at("10:13"))).ok).toBe(true);
    expect((await counterStep(petugas, loket2, booked.id, "finish", at("10:20"))).ok).toBe(true);
    const t = await db.queueTicket.findUniqueOrThrow({ where: { id: booked.id } });
    expect(t.status).toBe("DONE");
    expect(t.queuedAt?.toISOString()).toBe(at("10:00").toISOString());

    const stats = await queueStats(serviceA.officeId, day, day.slice(0, 8) + "31", "counter");
    const loket2Row = stats.find((r) => r.key === "Loket 2");
    expect(loket2Row).toBeDefined();
    // Loket 2 served six walk-ins (called 08:00 after 07:30, 30 min; 5 min service each) and this booking (checked in 09:30, called 10:12 = 42 min; 8 min).
    expect(loket2Row!.tickets).toBe(7);
    expect(loket2Row!.waitMedian).toBe(30);
    expect(loket2Row!.waitMean).toBe(Math.round(((6 * 30 + 42) / 7) * 10) / 10);
    expect(loket2Row!.serviceP90).toBe(8);
  });

  it("transfers a called number to another loket, where it keeps its place", async () => {
    const w = await issueWalkIn(petugas, { queueServiceId: serviceA.id, priority: "NONE" }, at("11:00"));
    const c = await callNext(petugas, loket1, at("11:01"));
    expect(c.ok && c.ticketId).toBe(w.ok && w.id);
    expect((await transferTicket(petugas, { counterId: loket1, ticketId: c.ok ? c.ticketId! : "", toCounterId: loket2 })).ok).toBe(true);
    // Reserved for loket 2: loket 1 finds nothing, loket 2 gets it.
    expect(await callNext(petugas, loket1, at("11:02"))).toEqual({ ok: false, error: "queue_empty" });
    const again = await callNext(petugas, loket2, at("11:03"));
    expect(again.ok && again.number).toBe(w.ok && w.number);
    if (again.ok) await counterStep(petugas, loket2, again.ticketId!, "finish", at("11:04"));
  });

  it("transfers a called number to another service's line, keeping its number, for the lokets of that service", async () => {
    await db.queueTicket.updateMany({ where: { officeId: serviceA.officeId, status: { in: ["WAITING", "CALLED", "SERVING"] } }, data: { status: "DONE", finishedAt: new Date() } });
    const w = await issueWalkIn(petugas, { queueServiceId: serviceA.id, priority: "NONE" }, at("11:10"));
    const bOnly = await db.queueCounter.update({ where: { id: loket2 }, data: { serviceIds: [serviceB.id] } });
    try {
      const c = await callNext(petugas, loket1, at("11:11"));
      expect(c.ok && c.ticketId).toBe(w.ok && w.id);
      const moved = await transferTicket(petugas, { counterId: loket1, ticketId: c.ok ? c.ticketId! : "", toServiceId: serviceB.id });
      expect(moved.ok).toBe(true);
      const ticket = await db.queueTicket.findUniqueOrThrow({ where: { id: w.ok ? w.id : "" }, select: { status: true, queueServiceId: true, number: true, counterId: true } });
      expect(ticket).toMatchObject({ status: "WAITING", queueServiceId: serviceB.id, counterId: null, number: w.ok ? w.number : "" });
      // The B-only loket now calls it; the transfer is in the ticket's history.
      const again = await callNext(petugas, bOnly.id, at("11:12"));
      expect(again.ok && again.number).toBe(w.ok && w.number);
      expect(await db.queueEvent.count({ where: { ticketId: w.ok ? w.id : "", type: "queue.transferred" } })).toBe(1);
      // Recall: the same number is announced again and counted; the number stays at this loket.
      if (again.ok) {
        expect((await counterStep(petugas, bOnly.id, again.ticketId!, "recall", at("11:13"))).ok).toBe(true);
        const recalled = await db.queueTicket.findUniqueOrThrow({ where: { id: again.ticketId! }, select: { recalls: true, status: true, counterId: true } });
        expect(recalled).toEqual({ recalls: 1, status: "CALLED", counterId: bOnly.id });
        await counterStep(petugas, bOnly.id, again.ticketId!, "finish", at("11:14"));
      }
      // A service of another office is not a target.
      const other = await db.queueService.findFirstOrThrow({ where: { officeId: ctx.offices.tengah.id }, select: { id: true } });
      const w2 = await issueWalkIn(petugas, { queueServiceId: serviceA.id, priority: "NONE" }, at("11:15"));
      const c2 = await callNext(petugas, loket1, at("11:16"));
      expect(c2.ok && c2.ticketId).toBe(w2.ok && w2.id);
      expect(await transferTicket(petugas, { counterId: loket1, ticketId: c2.ok ? c2.ticketId! : "", toServiceId: other.id })).toEqual({ ok: false, error: "not_found" });
      if (c2.ok) await counterStep(petugas, loket1, c2.ticketId!, "finish", at("11:17"));
    } finally {
      await db.queueCounter.update({ where: { id: loket2 }, data: { serviceIds: [] } });
    }
  });
});

describe("cross-office scoping at the loket", () => {
  it("gives another office's staff nothing of this office's lokets", async () => {
    expect(await callNext(petugasTengah, loket1, at("12:00"))).toEqual({ ok: false, error: "not_found" });
    expect(await issueWalkIn(petugasTengah, { queueServiceId: serviceA.id, priority: "NONE" }, at("12:00"))).toEqual({ ok: false, error: "not_found" });
    expect(await callNext(petugas, loketTengah, at("12:00"))).toEqual({ ok: false, error: "not_found" });
  });

  it("publishes numbers, not names, on the office's public status", async () => {
    await issueWalkIn(petugas, { queueServiceId: serviceA.id, priority: "NONE" }, new Date());
    const status = await loadQueueStatus("kelurahan-pakansari");
    expect(status?.day).toBe(jakartaDateKey(new Date()));
    expect(status?.services.find((s) => s.prefix === "A")?.waiting).toBeGreaterThanOrEqual(1);
    expect(JSON.stringify(status)).not.toMatch(/Siti|Warga|nik/i);
  });
});

describe("three numbers ahead", () => {
  it("tells the resident once, when exactly three numbers are still before theirs", async () => {
    const mine = async () => {
      for (let i = 0; i < 4; i++) await issueWalkIn(petugas, { queueServiceId: serviceB.id, priority: "NONE" }, at("11:00"));
      const own = await issueWalkIn(petugas, { queueServiceId: serviceB.id, priority: "NONE" }, at("11:01"));
      if (!own.ok) throw new Error("no ticket");
      await db.queueTicket.update({ where: { id: own.id }, data: { residentId: ctx.residents.siti.profileId } });
      return own.id;
    };
    const ticketId = await mine();
    const told = () => db.notification.count({ where: { userId: ctx.residents.siti.userId, event: "queue.almost_turn", targetId: ticketId } });
    const first = await callNext(petugas, loket1, at("11:05"));
    expect(first.ok).toBe(true);
    expect(await told()).toBe(1);
    if (first.ok) await counterStep(petugas, loket1, first.ticketId!, "finish", at("11:06"));
    const second = await callNext(petugas, loket1, at("11:07"));
    expect(second.ok).toBe(true);
    expect(await told()).toBe(1);
    if (second.ok) await counterStep(petugas, loket1, second.ticketId!, "finish", at("11:08"));
  });
});

describe("three numbers ahead, two services", () => {
  it("counts only the numbers of the called service's line", async () => {
    // A clean start: no number of this office waiting or at a loket.
    await db.queueTicket.updateMany({ where: { officeId: serviceA.officeId, status: { in: ["WAITING", "CALLED", "SERVING"] } }, data: { status: "DONE", finishedAt: new Date() } });
    // Service B's line formed first; then four A numbers and Siti's A number.
    for (let i = 0; i < 4; i++) await issueWalkIn(petugas, { queueServiceId: serviceB.id, priority: "NONE" }, at("12:59"));
    for (let i = 0; i < 4; i++) await issueWalkIn(petugas, { queueServiceId: serviceA.id, priority: "NONE" }, at("13:00"));
    const own = await issueWalkIn(petugas, { queueServiceId: serviceA.id, priority: "NONE" }, at("13:01"));
    if (!own.ok) throw new Error("no ticket");
    await db.queueTicket.update({ where: { id: own.id }, data: { residentId: ctx.residents.siti.profileId } });
    const told = () => db.notification.count({ where: { userId: ctx.residents.siti.userId, event: "queue.almost_turn", targetId: own.id } });
    const aOnly = await db.queueCounter.update({ where: { id: loket2 }, data: { serviceIds: [serviceA.id] } });
    try {
      // A B number is called: Siti still has four A numbers before hers.
      const b = await callNext(petugas, loket1, at("13:05"));
      expect(b.ok && b.number?.startsWith("B")).toBe(true);
      expect(await told()).toBe(0);
      // The first A number is called: three A numbers are now before hers (the B line does not count).
      const a = await callNext(petugas, aOnly.id, at("13:06"));
      expect(a.ok && a.number?.startsWith("A")).toBe(true);
      expect(await told()).toBe(1);
    } finally {
      await db.queueCounter.update({ where: { id: loket2 }, data: { serviceIds: [] } });
    }
  });
});
