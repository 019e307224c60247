// Admin: which services a loket calls. The loket then calls only those; another office's loket or
// service is not_found and changes nothing.
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/types";
import { db } from "@/lib/db";
import type { SeedContext } from "@/prisma/seed/base";
import { actor, openDays, seedDemo, wib } from "@/test/antrian-setup";
import { myCounters } from "./data/staff";
import { loadDayPlan } from "./data/plan";
import { saveClosure, setCounterActive, setCounterServices } from "./mutations/admin";
import { issueWalkIn } from "./mutations/checkin";
import { callNext, counterStep } from "./mutations/counter";

let ctx: SeedContext;
let admin: Actor, adminTengah: Actor, petugas: Actor;
let serviceA: string, serviceB: string, serviceTengah: string;
let loket1: string;
let day: string;

beforeAll(async () => {
  ctx = await seedDemo();
  [admin, adminTengah, petugas] = await Promise.all([actor(ctx.users.admin), actor(ctx.users.adminTengah), actor(ctx.users.petugas)]);
  const office = ctx.offices.pakansari.id;
  serviceA = (await db.queueService.findFirstOrThrow({ where: { officeId: office, prefix: "A" } })).id;
  serviceB = (await db.queueService.findFirstOrThrow({ where: { officeId: office, prefix: "B" } })).id;
  serviceTengah = (await db.queueService.findFirstOrThrow({ where: { officeId: ctx.offices.tengah.id } })).id;
  loket1 = (await db.queueCounter.findFirstOrThrow({ where: { officeId: office }, orderBy: { number: "asc" } })).id;
  day = (await openDays(office, 1))[0];
}, 60_000);

describe("loket → services", () => {
  it("makes the loket call only the chosen services, and 'none chosen' means every service", async () => {
    expect(await setCounterServices(admin, { counterId: loket1, serviceIds: [serviceB] })).toEqual({ ok: true });
    const a = await issueWalkIn(petugas, { queueServiceId: serviceA, priority: "NONE" }, wib(day, "08:00"));
    const b = await issueWalkIn(petugas, { queueServiceId: serviceB, priority: "NONE" }, wib(day, "08:01"));
    const first = await callNext(petugas, loket1, wib(day, "08:02"));
    expect(first).toMatchObject({ ok: true, number: b.ok ? b.number : "?" }); // A came first but is not served here
    if (first.ok) await counterStep(petugas, loket1, first.ticketId!, "finish", wib(day, "08:03"));
    expect(await callNext(petugas, loket1, wib(day, "08:04"))).toEqual({ ok: false, error: "queue_empty" });

    expect(await setCounterServices(admin, { counterId: loket1, serviceIds: [] })).toEqual({ ok: true });
    expect(await callNext(petugas, loket1, wib(day, "08:05"))).toMatchObject({ ok: true, number: a.ok ? a.number : "?" });
    expect((await db.queueCounter.findUniqueOrThrow({ where: { id: loket1 } })).serviceIds).toEqual([]);
  });

  it("refuses another office's service or loket and changes nothing", async () => {
    expect(await setCounterServices(admin, { counterId: loket1, serviceIds: [serviceA, serviceTengah] })).toEqual({ ok: false, error: "not_found" });
    expect(await setCounterServices(adminTengah, { counterId: loket1, serviceIds: [serviceTengah] })).toEqual({ ok: false, error: "not_found" });
    expect((await db.queueCounter.findUniqueOrThrow({ where: { id: loket1 } })).serviceIds).toEqual([]);
  });
});

describe("taking a loket out of service", () => {
  it("waits for the number being served, then leaves the staff's lokets and calls nothing until it is back", async () => {
    // Loket 1 still has A called from the first test: it cannot close on that resident.
    expect(await setCounterActive(admin, { counterId: loket1, active: false })).toEqual({ ok: false, error: "counter_busy" });
    const called = await db.queueTicket.findFirstOrThrow({ where: { counterId: loket1, status: "CALLED" } });
    await counterStep(petugas, loket1, called.id, "finish", wib(day, "08:06"));

    expect(await setCounterActive(adminTengah, { counterId: loket1, active: false })).toEqual({ ok: false, error: "not_found" });
    expect(await setCounterActive(admin, { counterId: loket1, active: false })).toEqual({ ok: true });
    expect((await myCounters(petugas)).map((c) => c.id)).not.toContain(loket1);
    await issueWalkIn(petugas, { queueServiceId: serviceA, priority: "NONE" }, wib(day, "08:07"));
    expect(await callNext(petugas, loket1, wib(day, "08:08"))).toEqual({ ok: false, error: "not_found" });

    expect(await setCounterActive(admin, { counterId: loket1, active: true })).toEqual({ ok: true });
    expect((await myCounters(petugas)).map((c) => c.id)).toContain(loket1);
    expect(await callNext(petugas, loket1, wib(day, "08:09"))).toMatchObject({ ok: true });
  });
});

describe("closures", () => {
  it("an edited closure closes its new day and opens the old one again; another office's cannot be touched", async () => {
    const [first, second] = await openDays(ctx.offices.pakansari.id, 3).then((d) => d.slice(1, 3));
    const service = { id: serviceB, officeId: ctx.offices.pakansari.id };
    expect(await saveClosure(admin, { queueServiceId: serviceB, date: first, reason: "Rapat kerja" })).toEqual({ ok: true });
    const closure = await db.queueClosure.findFirstOrThrow({ where: { queueServiceId: serviceB, reason: "Rapat kerja" } });
    expect((await loadDayPlan(service, first)).open).toBe(false);

    expect(await saveClosure(adminTengah, { id: closure.id, queueServiceId: undefined, date: second, reason: "Bukan kantor saya" })).toEqual({ ok: false, error: "not_found" });
    expect(await saveClosure(admin, { id: closure.id, queueServiceId: serviceTengah, date: second, reason: "Layanan kantor lain" })).toEqual({ ok: false, error: "not_found" });
    expect(await db.queueClosure.findUniqueOrThrow({ where: { id: closure.id } })).toMatchObject({ reason: "Rapat kerja", queueServiceId: serviceB });

    expect(await saveClosure(admin, { id: closure.id, queueServiceId: serviceB, date: second, reason: "Rapat kerja (diundur)" })).toEqual({ ok: true });
    expect((await loadDayPlan(service, first)).open).toBe(true);
    expect((await loadDayPlan(service, second)).open).toBe(false);
    expect(await db.queueClosure.count({ where: { queueServiceId: serviceB } })).toBe(1);
  });
});
