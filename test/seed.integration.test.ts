import { describe, expect, it } from "vitest";
import { dueDate } from "@/lib/calendar/working-days";
import { loadOfficeCalendar } from "@/lib/calendar/data";
import { db } from "@/lib/db";
import { seedBase } from "@/prisma/seed/base";
import { seedCatalogue } from "@/prisma/seed/catalogue";
import { seedClient } from "@/prisma/seed/client";
import { seedRequests } from "@/prisma/seed/requests";
import { seedSurvey } from "@/prisma/seed/survey";

// Issue 17: the demo history obeys the app's own deadline rule (PKS/2026/000011 was due 3 Dec for a
// 1-working-day service submitted 25 Nov at 19:14), so the dashboards shown on it mean something.

describe("demo requests", () => {
  it("carry the due date the app computes from their submission, service duration and office calendar", async () => {
    const seed = seedClient();
    const ctx = await seedBase(seed);
    await seedCatalogue(seed, ctx);
    await seedRequests(seed, ctx);
    await seedSurvey(seed, ctx);
    const rows = await db.serviceRequest.findMany({
      where: { submittedAt: { not: null } },
      select: { number: true, officeId: true, submittedAt: true, dueAt: true, completedAt: true, service: { select: { durationValue: true, durationUnit: true } } },
    });
    expect(rows.length).toBeGreaterThan(10);
    for (const r of rows) {
      const calendar = await loadOfficeCalendar(r.officeId);
      expect({ number: r.number, dueAt: r.dueAt }).toEqual({ number: r.number, dueAt: dueDate(r.submittedAt!, { value: r.service.durationValue, unit: r.service.durationUnit }, calendar) });
      if (r.completedAt) expect(r.completedAt.getTime()).toBeGreaterThanOrEqual(r.submittedAt!.getTime());
    }
  });
});
