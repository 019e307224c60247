import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/types";
import { db } from "@/lib/db";
import type { SeedContext } from "@/prisma/seed/base";
import { actor, openDays, seedDemo, wib } from "@/test/antrian-setup";
import { loadMyTicket } from "./data/resident";
import { counterScreen } from "./data/staff";
import { bookTicket } from "./mutations/booking";
import { checkIn } from "./mutations/checkin";
import { callNext, counterStep } from "./mutations/counter";

// A service that demands a verified online request (Deliver 3): the booking carries the request,
// the ticket says it was verified, and the loket sees the request when it calls the number.
let ctx: SeedContext;
let siti: Actor, budi: Actor, petugas: Actor;
let service: { id: string; officeId: string; serviceId: string };
let loket: string;
let day: string;

async function request(owner: Actor, status: "SUBMITTED" | "VERIFIED", n: number) {
  const catalogue = await db.service.findUniqueOrThrow({ where: { id: service.serviceId }, select: { unitId: true } });
  return db.serviceRequest.create({
    data: {
      officeId: service.officeId, serviceId: service.serviceId, unitId: catalogue.unitId, number: `PKS/2026/9${String(n).padStart(5, "0")}`,
      residentId: owner.residentId!, applicantId: owner.userId, status, submittedAt: new Date(), dueAt: new Date(Date.now() + 3 * 86_400_000),
    },
    select: { id: true, number: true },
  });
}

beforeAll(async () => {
  ctx = await seedDemo();
  [siti, budi, petugas] = await Promise.all([actor(ctx.residents.siti.userId), actor(ctx.residents.budi.userId), actor(ctx.users.petugas)]);
  const b = await db.queueService.findFirstOrThrow({ where: { officeId: ctx.offices.pakansari.id, prefix: "B" }, select: { id: true, officeId: true, serviceId: true } });
  service = { id: b.id, officeId: b.officeId, serviceId: b.serviceId! };
  await db.queueService.update({ where: { id: service.id }, data: { requireVerifiedRequest: true } });
  loket = (await db.queueCounter.findFirstOrThrow({ where: { officeId: service.officeId }, orderBy: { number: "asc" } })).id;
  day = (await openDays(service.officeId, 3))[2];
});

describe("a service that needs a verified request", () => {
  it("refuses a request whose files staff have not checked yet, and another resident's request", async () => {
    const unchecked = await request(siti, "SUBMITTED", 1);
    expect(await bookTicket(siti, { queueServiceId: service.id, day, start: "08:30", requestId: unchecked.id })).toEqual({ ok: false, error: "request_not_verified" });
    const budis = await request(budi, "VERIFIED", 2);
    expect(await bookTicket(siti, { queueServiceId: service.id, day, start: "08:30", requestId: budis.id })).toEqual({ ok: false, error: "not_found" });
  });

  it("books with a verified request: the ticket says so, and the loket sees the request when it calls the number", async () => {
    const verified = await request(siti, "VERIFIED", 3);
    const booked = await bookTicket(siti, { queueServiceId: service.id, day, start: "08:30", requestId: verified.id });
    if (!booked.ok) throw new Error(booked.error);
    const ticket = await loadMyTicket(siti, booked.id);
    expect(ticket).toMatchObject({ requestVerified: true, request: { number: verified.number } });
    // At the office: checked in by its code, called at the loket.
    const code = (await db.queueTicket.findUniqueOrThrow({ where: { id: booked.id }, select: { code: true } })).code;
    expect((await checkIn(petugas, code, wib(day, "08:20"))).ok).toBe(true);
    await db.queueTicket.updateMany({ where: { officeId: service.officeId, day: new Date(`${day}T00:00:00Z`), status: "WAITING", id: { not: booked.id } }, data: { status: "DONE" } });
    const called = await callNext(petugas, loket, wib(day, "08:31"));
    expect(called.ok && called.ticketId).toBe(booked.id);
    const screen = await counterScreen(petugas, loket, wib(day, "08:31"));
    expect(screen?.current).toMatchObject({ id: booked.id, requestVerified: true, request: { id: verified.id, number: verified.number } });
    await counterStep(petugas, loket, booked.id, "finish", wib(day, "08:40"));
  });
});
