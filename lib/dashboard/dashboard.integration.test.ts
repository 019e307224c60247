import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { loadActor } from "@/lib/auth/actor";
import { seedBase, type SeedContext } from "@/prisma/seed/base";
import { jakartaInstant, type OfficeCalendar } from "@/lib/calendar/working-days";
import { resolveOffice, viewableOffices } from "./data/scope";
import { requestMetrics } from "./data/requests";
import { complaintMetrics } from "./data/complaints";
import { parsePeriod, periodBounds } from "./period";
import { skmReport } from "@/lib/survey/data/report";
import { renderSkmPdf } from "@/lib/survey/report-pdf";

let ctx: SeedContext;
const noHolidays: OfficeCalendar = { holidays: new Set(), openTime: "08:00", closeTime: "15:00" };
const wib = (day: string, time = "09:00") => jakartaInstant(day, time);

beforeAll(async () => {
  ctx = await seedBase(db);
});

describe("who sees which office", () => {
  it("supervisors and admins see their own office only; the Camat also sees the kelurahan under his kecamatan", async () => {
    const actor = async (id: string) => (await loadActor(id))!;
    const lurah = await actor(ctx.users.lurah);
    const camat = await actor(ctx.users.camat);
    const admin = await actor(ctx.users.admin);
    const adminTengah = await actor(ctx.users.adminTengah);
    const petugas = await actor(ctx.users.petugas);
    const { kecamatan, pakansari, tengah } = ctx.offices;

    expect((await viewableOffices(lurah)).map((o) => o.id)).toEqual([pakansari.id]);
    expect((await viewableOffices(admin)).map((o) => o.id)).toEqual([pakansari.id]);
    expect((await viewableOffices(camat)).map((o) => o.id).sort()).toEqual([kecamatan.id, pakansari.id, tengah.id].sort());
    expect(await viewableOffices(petugas)).toEqual([]);

    expect(await resolveOffice(lurah, tengah.id)).toBeNull();
    expect(await resolveOffice(adminTengah, pakansari.id)).toBeNull();
    expect(await resolveOffice(lurah, kecamatan.id)).toBeNull();
    expect((await resolveOffice(camat, pakansari.id))?.id).toBe(pakansari.id);
    expect((await resolveOffice(camat, null))?.id).toBe(kecamatan.id);
    expect(await resolveOffice(petugas, null)).toBeNull();
  });
});

describe("request and complaint figures", () => {
  it("computes SLA compliance, median/P90 in working days, correction rate, channel mix and backlog aging", async () => {
    const officeId = ctx.offices.pakansari.id;
    const service = await db.service.create({
      data: {
        officeId, unitId: ctx.offices.pakansari.units.PEM, slug: "domisili", name: "Domisili", summary: "-", procedure: [],
        durationValue: 3, durationUnit: "WORKING_DAYS", product: "-", complaintInfo: "-",
      },
    });
    const base = { officeId, serviceId: service.id, unitId: service.unitId, residentId: ctx.residents.siti.profileId };
    // 2 Mar 2026 is a Monday. On time: done in 2 working days before its due date; late: 9 working days.
    await db.serviceRequest.create({ data: { ...base, status: "COMPLETED", submittedAt: wib("2026-03-02"), dueAt: wib("2026-03-05", "15:00"), completedAt: wib("2026-03-04", "10:00") } });
    await db.serviceRequest.create({ data: { ...base, status: "COMPLETED", submittedAt: wib("2026-03-02"), dueAt: wib("2026-03-05", "15:00"), completedAt: wib("2026-03-13", "10:00") } });
    const corrected = await db.serviceRequest.create({ data: { ...base, status: "PROCESSING", submittedAt: wib("2026-03-03"), channel: "LOKET" } });
    await db.requestEvent.create({ data: { requestId: corrected.id, type: "request.correction_requested", fromStatus: "SUBMITTED", toStatus: "NEEDS_CORRECTION" } });
    await db.serviceRequest.create({ data: { ...base, status: "SUBMITTED", submittedAt: wib("2026-02-02"), channel: "POS_RW" } });

    const scope = { officeId, ...periodBounds(parsePeriod("2026-03")!) };
    const m = await requestMetrics(scope, noHolidays, wib("2026-03-06", "12:00"));
    expect(m.submitted).toBe(3);
    expect(m.completed).toBe(2);
    expect(m.slaCompliance).toBe(50);
    expect(m.medianDays).toBe(5.5);
    expect(m.p90Days).toBe(9);
    expect(m.corrected).toBe(1);
    expect(m.correctionRate).toBe(33.3);
    expect(m.byChannel.sort((a, b) => a.channel.localeCompare(b.channel))).toEqual([{ channel: "LOKET", count: 1 }, { channel: "WEB", count: 2 }]);
    // Open now: submitted 3 Mar (3 working days to 6 Mar) and 2 Feb (24 working days).
    expect(m.aging).toEqual({ "0-1": 0, "2-5": 1, "6-14": 0, "15+": 1 });
    expect(m.backlog).toBe(2);

    const other = await requestMetrics({ ...scope, unitId: ctx.offices.pakansari.units.KESSOS }, noHolidays, wib("2026-03-06"));
    expect(other.submitted).toBe(0);
  });

  it("counts complaints received, closed, followed up within 5 working days, by category", async () => {
    const officeId = ctx.offices.pakansari.id;
    const category = await db.complaintCategory.create({ data: { officeId, slug: "jalan-rusak", name: "Jalan Rusak" } });
    let n = 0;
    const complaint = (createdAt: Date, status: "DISPOSED" | "CLOSED" = "DISPOSED", channel: "WEB" | "API" = "WEB") =>
      db.complaint.create({
        data: {
          officeId, ticket: `T-${++n}`, classification: "PENGADUAN", categoryId: category.id, title: "Jalan berlubang", description: "-",
          privacy: "PUBLIK", status, verifyDueAt: createdAt, createdAt, unitId: ctx.offices.pakansari.units.TRANTIB, channel,
        },
      });
    const inTime = await complaint(wib("2026-03-02"));
    const late = await complaint(wib("2026-03-02"), "DISPOSED", "API");
    await complaint(wib("2026-03-03"), "CLOSED");
    const unit = ctx.offices.pakansari.units.TRANTIB;
    await db.complaintFollowUp.create({ data: { complaintId: inTime.id, unitId: unit, actionDate: new Date("2026-03-05T00:00:00Z"), note: "-", createdAt: wib("2026-03-05") } });
    await db.complaintFollowUp.create({ data: { complaintId: late.id, unitId: unit, actionDate: new Date("2026-03-16T00:00:00Z"), note: "-", createdAt: wib("2026-03-16") } });

    const m = await complaintMetrics({ officeId, ...periodBounds(parsePeriod("2026-03")!) }, noHolidays);
    expect(m.received).toBe(3);
    expect(m.closed).toBe(1);
    expect(m.closedRate).toBe(33.3);
    expect(m.followedUpInTime).toBe(1);
    expect(m.byCategory).toEqual([{ categoryId: category.id, name: "Jalan Rusak", count: 3 }]);
    // The channel mix: one came from an Open311 client.
    expect(m.byChannel).toEqual([{ channel: "WEB", count: 2 }, { channel: "API", count: 1 }]);
  });
});

describe("SKM report", () => {
  it("renders a PDF even for a period without respondents", async () => {
    const report = await skmReport(ctx.offices.tengah.id, parsePeriod("2025")!);
    expect(report.summary.ikm).toBeNull();
    const pdf = await renderSkmPdf(report);
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
  });
});
