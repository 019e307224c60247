import { beforeAll, describe, expect, it } from "vitest";
import { expandFanouts } from "@/lib/notifications/mutations/fanout";
import type { Actor } from "@/lib/auth/types";
import { db } from "@/lib/db";
import type { SeedContext } from "@/prisma/seed/base";
import { loadDayPlan } from "./data/plan";
import { loadMyTicket, slotChoices } from "./data/resident";
import { actor, makeResidents, openDays, seedDemo, wib } from "@/test/antrian-setup";
import { bookTicket, cancelTicket } from "./mutations/booking";
import { expireNoShows, noShowSchedule } from "./mutations/expire";
import { reminderTime } from "@/lib/notifications/mutations/hooks";

let ctx: SeedContext;
let siti: Actor, ahmad: Actor;
let serviceA: { id: string; officeId: string };
let days: string[];

beforeAll(async () => {
  ctx = await seedDemo();
  [siti, ahmad] = await Promise.all([actor(ctx.residents.siti.userId), actor(ctx.residents.ahmad.userId)]);
  serviceA = await db.queueService.findFirstOrThrow({ where: { officeId: ctx.offices.pakansari.id, prefix: "A" }, select: { id: true, officeId: true } });
  days = await openDays(ctx.offices.pakansari.id, 10);
});

describe("booking under a burst", () => {
  it("sells exactly the last 5 places of a slot to 100 people booking at the same moment", async () => {
    const day = days[0];
    const plan = await loadDayPlan(serviceA, day);
    if (!plan.open) throw new Error("expected an open day");
    const slot = plan.slots[0]; // 08:00, quota 4 in the seed: raise it to 20 with 15 already taken
    await db.queueSchedule.updateMany({ where: { queueServiceId: serviceA.id, startTime: "08:00" }, data: { quotaPerSlot: 20 } });
    await db.queueSlot.create({ data: { officeId: serviceA.officeId, queueServiceId: serviceA.id, day: new Date(`${day}T00:00:00Z`), startsAt: slot.startsAt, endsAt: slot.endsAt, quota: 20, booked: 15 } });
    const people = await makeResidents(ctx.offices.pakansari.id, 100, "burst");
    const results = await Promise.all(people.map((p) => bookTicket(p, { queueServiceId: serviceA.id, day, start: "08:00" })));
    const made = results.filter((r) => r.ok);
    expect(made).toHaveLength(5);
    expect(results.filter((r) => !r.ok).map((r) => (r.ok ? null : r.error))).toEqual(Array(95).fill("quota_full"));
    const row = await db.queueSlot.findFirstOrThrow({ where: { queueServiceId: serviceA.id, startsAt: slot.startsAt } });
    expect(row.booked).toBe(20);
    expect(await db.queueTicket.count({ where: { slotId: row.id, status: "BOOKED" } })).toBe(5);
    // Numbers are unique and follow the service prefix.
    const numbers = made.map((m) => (m.ok ? m.number : ""));
    expect(new Set(numbers).size).toBe(5);
    for (const n of numbers) expect(n).toMatch(/^A-\d{3}$/);
    const choices = await slotChoices(serviceA.id, day, wib(day, "06:00"));
    expect(choices?.slots.find((s) => s.start === "08:00")?.left).toBe(0);
  });

  it("sells exactly the places of a slot nobody has booked yet to 30 people booking at the same moment", async () => {
    const day = days[0];
    const plan = await loadDayPlan(serviceA, day);
    if (!plan.open) throw new Error("expected an open day");
    const slot = plan.slots.find((s) => s.start === "11:30")!;
    expect(await db.queueSlot.count({ where: { queueServiceId: serviceA.id, startsAt: slot.startsAt } })).toBe(0);
    const people = await makeResidents(ctx.offices.pakansari.id, 30, "fresh");
    const results = await Promise.all(people.map((p) => bookTicket(p, { queueServiceId: serviceA.id, day, start: "11:30" })));
    expect(results.filter((r) => r.ok)).toHaveLength(slot.quota);
    expect(results.filter((r) => !r.ok).map((r) => (r.ok ? null : r.error))).toEqual(Array(30 - slot.quota).fill("quota_full"));
    const row = await db.queueSlot.findFirstOrThrow({ where: { queueServiceId: serviceA.id, startsAt: slot.startsAt } });
    expect(row.booked).toBe(slot.quota);
    expect(await db.queueTicket.count({ where: { slotId: row.id, status: "BOOKED" } })).toBe(slot.quota);
    const dayRow = await db.queueDay.findUniqueOrThrow({ where: { queueServiceId_day: { queueServiceId: serviceA.id, day: new Date(`${day}T00:00:00Z`) } } });
    expect(dayRow.booked).toBe(await db.queueTicket.count({ where: { queueServiceId: serviceA.id, day: dayRow.day, status: "BOOKED" } }));
  });

  it("respects the quota per day across slots", async () => {
    const day = days[1];
    await db.queueSchedule.updateMany({ where: { queueServiceId: serviceA.id, startTime: "08:00" }, data: { quotaPerDay: 1 } });
    await db.queueSchedule.updateMany({ where: { queueServiceId: serviceA.id, startTime: "13:00" }, data: { quotaPerDay: 0 } });
    try {
      const [a, b] = await makeResidents(ctx.offices.pakansari.id, 2, "daycap");
      expect((await bookTicket(a, { queueServiceId: serviceA.id, day, start: "08:30" })).ok).toBe(true);
      // A schedule saved since (same quotas): the counters' own "full" is no longer trusted, so the
      // claim itself must find the day full after the slot had room.
      await db.queueSchedule.updateMany({ where: { queueServiceId: serviceA.id, startTime: "08:00" }, data: { quotaPerDay: 1 } });
      expect(await bookTicket(b, { queueServiceId: serviceA.id, day, start: "09:00" })).toEqual({ ok: false, error: "quota_full" });
      // The refused booking took no place of the 09:00 slot (the day, not the slot, was full).
      const slot = await db.queueSlot.findFirst({ where: { queueServiceId: serviceA.id, startsAt: wib(day, "09:00") } });
      expect(slot?.booked ?? 0).toBe(0);
    } finally {
      await db.queueSchedule.updateMany({ where: { queueServiceId: serviceA.id, startTime: "08:00" }, data: { quotaPerDay: 40 } });
      await db.queueSchedule.updateMany({ where: { queueServiceId: serviceA.id, startTime: "13:00" }, data: { quotaPerDay: 12 } });
    }
  });
});

describe("the claim under concurrency", () => {
  const slotCounts = async (day: string) => {
    const rows = await db.queueSlot.findMany({ where: { queueServiceId: serviceA.id, day: new Date(`${day}T00:00:00Z`) }, select: { booked: true } });
    return rows.reduce((n, r) => n + r.booked, 0);
  };

  it("holds the day quota when 24 people book 6 different slots at the same moment", async () => {
    const day = days[8];
    // Day quota 3 (the two schedules' day quotas add up), each slot with room for 4.
    await db.queueSchedule.updateMany({ where: { queueServiceId: serviceA.id, startTime: "08:00" }, data: { quotaPerDay: 3 } });
    await db.queueSchedule.updateMany({ where: { queueServiceId: serviceA.id, startTime: "13:00" }, data: { quotaPerDay: 0 } });
    try {
      const people = await makeResidents(ctx.offices.pakansari.id, 24, "dayrush");
      const starts = ["08:00", "08:30", "09:00", "09:30", "10:00", "10:30"];
      const results = await Promise.all(people.map((p, i) => bookTicket(p, { queueServiceId: serviceA.id, day, start: starts[i % starts.length] })));
      expect(results.filter((r) => r.ok)).toHaveLength(3);
      expect(results.filter((r) => !r.ok).map((r) => (r.ok ? null : r.error))).toEqual(Array(21).fill("quota_full"));
      const dayRow = await db.queueDay.findUniqueOrThrow({ where: { queueServiceId_day: { queueServiceId: serviceA.id, day: new Date(`${day}T00:00:00Z`) } } });
      expect(dayRow.booked).toBe(3);
      // A slot that had room while the day had none gave its place back.
      expect(await slotCounts(day)).toBe(3);
      expect(await db.queueTicket.count({ where: { queueServiceId: serviceA.id, day: dayRow.day, status: "BOOKED" } })).toBe(3);
    } finally {
      await db.queueSchedule.updateMany({ where: { queueServiceId: serviceA.id, startTime: "08:00" }, data: { quotaPerDay: 40 } });
      await db.queueSchedule.updateMany({ where: { queueServiceId: serviceA.id, startTime: "13:00" }, data: { quotaPerDay: 12 } });
    }
  });

  it("makes one booking, not two, when the same resident books two slots of a service at the same moment", async () => {
    const day = days[9];
    const [p] = await makeResidents(ctx.offices.pakansari.id, 1, "twice");
    const results = await Promise.all(["08:00", "09:00", "10:00"].map((start) => bookTicket(p, { queueServiceId: serviceA.id, day, start })));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok).map((r) => (r.ok ? null : r.error))).toEqual(["already_booked", "already_booked"]);
    // The refused claims took no place of their slots or of the day, and used no number.
    expect(await slotCounts(day)).toBe(1);
    const dayRow = await db.queueDay.findUniqueOrThrow({ where: { queueServiceId_day: { queueServiceId: serviceA.id, day: new Date(`${day}T00:00:00Z`) } } });
    expect(dayRow.booked).toBe(1);
    const made = results.find((r) => r.ok);
    expect(made?.ok && made.number).toBe("A-001");
  });
});

describe("one booking per NIK per service per day", () => {
  it("refuses a second booking for the same service and day until the first is cancelled", async () => {
    const day = days[2];
    const first = await bookTicket(siti, { queueServiceId: serviceA.id, day, start: "09:00" });
    expect(first.ok).toBe(true);
    expect(await bookTicket(siti, { queueServiceId: serviceA.id, day, start: "10:00" })).toEqual({ ok: false, error: "already_booked" });
    // Another service the same day is fine.
    const serviceB = await db.queueService.findFirstOrThrow({ where: { officeId: serviceA.officeId, prefix: "B" } });
    expect((await bookTicket(siti, { queueServiceId: serviceB.id, day, start: "10:00" })).ok).toBe(true);
    if (!first.ok) return;
    // The refused attempt gave its place back: the slot counts only the first booking.
    const slot = await db.queueSlot.findFirstOrThrow({ where: { queueServiceId: serviceA.id, startsAt: wib(day, "10:00") } }).catch(() => null);
    expect(slot?.booked ?? 0).toBe(0);
    expect(await cancelTicket(siti, first.id)).toEqual({ ok: true });
    expect((await bookTicket(siti, { queueServiceId: serviceA.id, day, start: "10:00" })).ok).toBe(true);
  });
});

describe("the day-before reminder", () => {
  it("is scheduled for 16:00 WIB the day before, stays out of the bell until then, and is withdrawn on cancel", async () => {
    const day = days[5];
    const booked = await bookTicket(ahmad, { queueServiceId: serviceA.id, day, start: "09:00" });
    if (!booked.ok) throw new Error(booked.error);
    const due = reminderTime(wib(day, "09:00"));
    expect(due.toISOString()).toBe(new Date(wib(day, "16:00").getTime() - 86_400_000).toISOString());
    const key = `queue.reminder:${booked.id}`;
    const inbox = await db.notification.findMany({ where: { dedupeKey: { startsWith: key } } });
    expect(inbox).toHaveLength(1);
    expect(inbox[0].createdAt.getTime()).toBe(due.getTime());
    expect(inbox[0].vars).toMatchObject({ antrean: booked.number, jam: "09:00 WIB" });
    // Not in the bell before its time.
    expect(await db.notification.count({ where: { userId: ahmad.userId, event: "queue.reminder", createdAt: { lte: new Date() } } })).toBe(0);
    await expandFanouts(); // the worker plans the outside channels right after commit
    const deliveries = await db.notificationDelivery.findMany({ where: { idempotencyKey: { startsWith: key } } });
    expect(deliveries.length).toBeGreaterThan(0);
    for (const d of deliveries) expect(d.runAt.getTime()).toBeGreaterThanOrEqual(due.getTime());

    expect(await cancelTicket(ahmad, booked.id)).toEqual({ ok: true });
    expect(await db.notification.count({ where: { dedupeKey: { startsWith: key } } })).toBe(0);
    expect(await db.notificationDelivery.count({ where: { idempotencyKey: { startsWith: key }, status: "QUEUED" } })).toBe(0);
  });
});

describe("holidays and closures", () => {
  it("offers no slots on an office holiday or a closure day", async () => {
    const holidayDay = days[3];
    await db.holiday.create({ data: { officeId: serviceA.officeId, date: new Date(`${holidayDay}T00:00:00Z`), name: "Libur uji", national: false } });
    expect(await loadDayPlan(serviceA, holidayDay)).toEqual({ open: false, reason: "holiday" });
    expect((await slotChoices(serviceA.id, holidayDay))?.open).toBe(false);
    expect(await bookTicket(siti, { queueServiceId: serviceA.id, day: holidayDay, start: "08:00" })).toEqual({ ok: false, error: "day_closed" });

    const closedDay = days[4];
    await db.queueClosure.create({ data: { officeId: serviceA.officeId, queueServiceId: null, date: new Date(`${closedDay}T00:00:00Z`), reason: "Rapat" } });
    expect(await loadDayPlan(serviceA, closedDay)).toEqual({ open: false, reason: "closed" });
  });
});

describe("no-shows", () => {
  it("the worker's schedule expires them without anyone opening the loket page", async () => {
    const [late] = await makeResidents(ctx.offices.pakansari.id, 1, "noshowjob");
    const day = days[5];
    const r = await bookTicket(late, { queueServiceId: serviceA.id, day, start: "08:00" }, wib(day, "06:00"));
    if (!r.ok) throw new Error(r.error);
    await noShowSchedule().run(wib(day, "08:20"));
    expect((await db.queueTicket.findUniqueOrThrow({ where: { id: r.id } })).status).toBe("BOOKED");
    await noShowSchedule().run(wib(day, "08:31"));
    expect((await db.queueTicket.findUniqueOrThrow({ where: { id: r.id } })).status).toBe("NO_SHOW");
  });

  it("expires bookings never checked in and blocks online booking after three in 30 days", async () => {
    const [walt] = await makeResidents(ctx.offices.pakansari.id, 1, "noshow");
    const ids: string[] = [];
    for (const day of days.slice(5, 8)) {
      const r = await bookTicket(walt, { queueServiceId: serviceA.id, day, start: "08:00" }, wib(day, "06:00"));
      if (!r.ok) throw new Error(r.error);
      ids.push(r.id);
      // Still within the check-in window at 08:20: it stays booked; at 08:31 it is a no-show.
      await expireNoShows(serviceA.officeId, wib(day, "08:20"));
      expect((await db.queueTicket.findUniqueOrThrow({ where: { id: r.id } })).status).toBe("BOOKED");
      await expireNoShows(serviceA.officeId, wib(day, "08:31"));
      expect((await db.queueTicket.findUniqueOrThrow({ where: { id: r.id } })).status).toBe("NO_SHOW");
    }
    const rows = await db.queueTicket.findMany({ where: { id: { in: ids } } });
    expect(rows.map((r) => r.status)).toEqual(["NO_SHOW", "NO_SHOW", "NO_SHOW"]);
    expect(rows.every((r) => r.activeKey === null)).toBe(true);
    const later = days[7];
    const blocked = await bookTicket(walt, { queueServiceId: serviceA.id, day: later, start: "13:00" }, wib(later, "09:00"));
    expect(blocked.ok).toBe(false);
    if (!blocked.ok) {
      expect(blocked.error).toBe("blocked");
      expect(new Date(blocked.until!).getTime()).toBeGreaterThan(wib(later, "09:00").getTime());
    }
  });
});

describe("verified requests", () => {
  it("lets a service demand a verified online request before booking", async () => {
    const serviceB = await db.queueService.update({ where: { officeId_prefix: { officeId: serviceA.officeId, prefix: "B" } }, data: { requireVerifiedRequest: true } });
    expect(await bookTicket(siti, { queueServiceId: serviceB.id, day: days[6], start: "08:30" })).toEqual({ ok: false, error: "request_required" });
    await db.queueService.update({ where: { id: serviceB.id }, data: { requireVerifiedRequest: false } });
  });
});

describe("cross-office and cross-resident scoping", () => {
  it("keeps a resident's ticket from other residents", async () => {
    const mine = await bookTicket(siti, { queueServiceId: serviceA.id, day: days[7], start: "11:00" });
    if (!mine.ok) throw new Error(mine.error);
    expect(await loadMyTicket(ahmad, mine.id)).toBeNull();
    expect(await cancelTicket(ahmad, mine.id)).toEqual({ ok: false, error: "not_found" });
    expect((await loadMyTicket(siti, mine.id))?.number).toBe(mine.number);
  });
});
