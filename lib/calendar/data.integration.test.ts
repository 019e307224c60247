import { beforeAll, describe, expect, it } from "vitest";
import { createHoliday, deleteHoliday } from "@/lib/admin/mutations/holidays";
import { updateOfficeHours } from "@/lib/admin/mutations/offices";
import { holidaySchema, officeHoursSchema } from "@/lib/admin/schema";
import { buildWorld, db, type World } from "@/test/support/requests-world";
import { createCalendarCache, loadOfficeCalendar } from "./data";
import { dueDate } from "./working-days";

// Several app instances share one PostgreSQL: a holiday added through the admin (in one instance)
// must change the due dates computed from another instance's already warm cache.

let w: World;
beforeAll(async () => {
  w = await buildWorld();
});

// Monday 5 October 2026, 09:00 WIB; a 3-working-day service is due Thursday 8 October.
const now = new Date("2026-10-05T02:00:00Z");
const threeDays = { value: 3, unit: "WORKING_DAYS" } as const;
const dueKey = (calendar: Parameters<typeof dueDate>[2]) => dueDate(now, threeDays, calendar).toISOString().slice(0, 10);

describe("office calendar cache", () => {
  it("picks up a holiday added through the admin in a cache that was already warm", async () => {
    const officeId = w.offices.pakansari.id;
    const instanceA = createCalendarCache();
    const instanceB = createCalendarCache();
    const warmA = await instanceA.get(officeId, now);
    const warmB = await instanceB.get(officeId, now);
    expect(dueKey(warmA)).toBe("2026-10-08");
    expect(dueKey(warmB)).toBe("2026-10-08");
    expect(await instanceB.get(officeId, now)).toBe(warmB); // unchanged version: the cached copy is used

    const added = await createHoliday(w.actors.admin, holidaySchema.parse({ date: "2026-10-07", name: "Cuti bersama kantor" }));
    expect(added.ok).toBe(true);

    const afterB = await instanceB.get(officeId, now);
    expect(afterB.holidays.has("2026-10-07")).toBe(true);
    expect(dueKey(afterB)).toBe("2026-10-09");
    expect(dueKey(await instanceA.get(officeId, now))).toBe("2026-10-09");

    if (added.ok) expect(await deleteHoliday(w.actors.admin, added.id)).toEqual({ ok: true });
    expect(dueKey(await instanceB.get(officeId, now))).toBe("2026-10-08");
  });

  it("picks up new opening hours and the warning threshold, and leaves other offices' caches alone", async () => {
    const officeId = w.offices.pakansari.id;
    const cache = createCalendarCache();
    const other = await cache.get(w.offices.tengah.id, now);
    expect((await cache.get(officeId, now)).closeTime).toBe((await loadOfficeCalendar(officeId)).closeTime);
    expect(await updateOfficeHours(w.actors.admin, officeHoursSchema.parse({ openTime: "07:30", closeTime: "14:00", slaWarnDays: "2" }))).toEqual({ ok: true });
    const fresh = await cache.get(officeId, now);
    expect(fresh).toMatchObject({ openTime: "07:30", closeTime: "14:00", slaWarnDays: 2 });
    expect(await cache.get(w.offices.tengah.id, now)).toBe(other);
    const row = await db.office.findUniqueOrThrow({ where: { id: officeId }, select: { calendarVersion: true } });
    expect(row.calendarVersion).toBe(fresh.version);
  });
});
