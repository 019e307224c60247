// The supervisor's new figures against hand-made data with known answers: the Camat's side-by-side
// table (each kelurahan and the kecamatan total) and per-staff workload and SLA breaches.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { seedBase, type SeedContext } from "@/prisma/seed/base";
import { jakartaInstant } from "@/lib/calendar/working-days";
import { officeComparison } from "./data/comparison";
import { decodeStaffCursor, staffWorkload } from "./data/staff";
import { parsePeriod, periodBounds } from "./period";

let ctx: SeedContext;
const wib = (day: string, time = "09:00") => jakartaInstant(day, time);
const now = wib("2026-03-20", "12:00");
const march = parsePeriod("2026-03")!;

async function serviceOf(officeId: string, unitId: string, slug: string) {
  return db.service.create({
    data: { officeId, unitId, slug, name: slug, summary: "-", procedure: [], durationValue: 3, durationUnit: "WORKING_DAYS", product: "-", complaintInfo: "-" },
  });
}

let invitation = 0;
async function response(officeId: string, service: { id: string; unitId: string }, submittedAt: Date, score: number) {
  const inv = await db.surveyInvitation.create({ data: { officeId, serviceId: service.id, token: `sup-${++invitation}-xxxxxxxxxxxxxxxx`, usedAt: submittedAt } });
  const u = { u1: score, u2: score, u3: score, u4: score, u5: score, u6: score, u7: score, u8: score, u9: score };
  await db.surveyResponse.create({ data: { officeId, serviceId: service.id, unitId: service.unitId, invitationId: inv.id, submittedAt, ...u } });
}

beforeAll(async () => {
  ctx = await seedBase(db);
});

describe("the Camat's comparison of his kelurahan", () => {
  it("counts each office's received, completed, on time, open-overdue, complaints and IKM, and the kecamatan total pools the answers", async () => {
    const { pakansari, tengah, kecamatan } = ctx.offices;
    const sp = await serviceOf(pakansari.id, pakansari.units.PEM, "cmp-p");
    const st = await serviceOf(tengah.id, tengah.units.PEM, "cmp-t");
    const p = { officeId: pakansari.id, serviceId: sp.id, unitId: sp.unitId, residentId: ctx.residents.siti.profileId };
    const t = { officeId: tengah.id, serviceId: st.id, unitId: st.unitId, residentId: ctx.residents.ahmad.profileId };
    // Pakansari: 3 received in March; 2 completed in March (1 on time, 1 late; the late one submitted in February);
    // 1 open and overdue, 1 open but paused (waiting on the resident: not overdue), 1 draft (never counts).
    await db.serviceRequest.create({ data: { ...p, status: "COMPLETED", submittedAt: wib("2026-03-02"), dueAt: wib("2026-03-05", "15:00"), completedAt: wib("2026-03-04") } });
    await db.serviceRequest.create({ data: { ...p, status: "COMPLETED", submittedAt: wib("2026-02-25"), dueAt: wib("2026-03-02", "15:00"), completedAt: wib("2026-03-03") } });
    await db.serviceRequest.create({ data: { ...p, status: "PROCESSING", submittedAt: wib("2026-03-09"), dueAt: wib("2026-03-12", "15:00") } });
    await db.serviceRequest.create({ data: { ...p, status: "NEEDS_CORRECTION", submittedAt: wib("2026-03-10"), dueAt: wib("2026-03-13", "15:00"), pausedAt: wib("2026-03-11") } });
    await db.serviceRequest.create({ data: { ...p, status: "DRAFT" } });
    // Tengah: 1 received and completed on time; 1 open, due in April (not overdue).
    await db.serviceRequest.create({ data: { ...t, status: "COMPLETED", submittedAt: wib("2026-03-16"), dueAt: wib("2026-03-19", "15:00"), completedAt: wib("2026-03-17") } });
    await db.serviceRequest.create({ data: { ...t, status: "SUBMITTED", submittedAt: wib("2026-03-19"), dueAt: wib("2026-04-02", "15:00") } });
    // Complaints: 2 in Pakansari in March, 1 in Tengah in February (outside the period).
    const catP = await db.complaintCategory.create({ data: { officeId: pakansari.id, slug: "cmp", name: "Cmp" } });
    const catT = await db.complaintCategory.create({ data: { officeId: tengah.id, slug: "cmp", name: "Cmp" } });
    const complaint = (officeId: string, categoryId: string, createdAt: Date, ticket: string) =>
      db.complaint.create({ data: { officeId, ticket, classification: "PENGADUAN", categoryId, title: "-", description: "-", privacy: "PUBLIK", status: "DISPOSED", verifyDueAt: createdAt, createdAt } });
    await complaint(pakansari.id, catP.id, wib("2026-03-03"), "CMP-1");
    await complaint(pakansari.id, catP.id, wib("2026-03-30"), "CMP-2");
    await complaint(tengah.id, catT.id, wib("2026-02-27"), "CMP-3");
    // SKM: Pakansari 3 answers of 4 (IKM 100), Tengah 1 answer of 2 (IKM 50); pooled: NRR 3.5 → 87.50.
    for (let i = 0; i < 3; i++) await response(pakansari.id, sp, wib("2026-03-05"), 4);
    await response(tengah.id, st, wib("2026-03-18"), 2);

    const offices = [
      { id: pakansari.id, name: "Kelurahan Pakansari" },
      { id: tengah.id, name: "Kelurahan Tengah" },
      { id: kecamatan.id, name: "Kecamatan Cibinong" },
    ];
    const { rows, total } = await officeComparison(offices, march, now);
    const [pk, tg, kc] = rows;
    expect(pk).toMatchObject({ received: 3, completed: 2, onTime: 1, onTimeRate: 50, openOverdue: 1, complaints: 2, respondents: 3, ikm: 100, category: "A" });
    expect(tg).toMatchObject({ received: 2, completed: 1, onTime: 1, onTimeRate: 100, openOverdue: 0, complaints: 0, respondents: 1, ikm: 50, category: "D" });
    expect(kc).toMatchObject({ received: 0, completed: 0, onTimeRate: null, openOverdue: 0, complaints: 0, respondents: 0, ikm: null });
    // Not the mean of 100 and 50 (75): every answer weighs the same.
    expect(total).toMatchObject({ received: 5, completed: 3, onTime: 2, onTimeRate: 66.7, openOverdue: 1, complaints: 2, respondents: 4, ikm: 87.5, category: "B" });

    // Another period sees none of it but the open-and-overdue snapshot.
    const april = await officeComparison(offices, parsePeriod("2026-04")!, now);
    expect(april.total).toMatchObject({ received: 0, completed: 0, complaints: 0, respondents: 0, openOverdue: 1 });
  });
});

describe("per-staff workload and SLA breaches", () => {
  it("counts open assigned, completed in the period, completed late and open overdue per assignee, keyset-paged", async () => {
    const { pakansari } = ctx.offices;
    const s = await serviceOf(pakansari.id, pakansari.units.KESSOS, "staff-load");
    const base = { officeId: pakansari.id, serviceId: s.id, unitId: s.unitId, residentId: ctx.residents.budi.profileId };
    const dewi = ctx.users.petugas;
    const agus = ctx.users.petugasEkbang;
    // Dewi: completed on time and late in March, one completed in February (not this period), one open overdue, one open paused.
    await db.serviceRequest.create({ data: { ...base, assigneeId: dewi, status: "COMPLETED", submittedAt: wib("2026-03-02"), dueAt: wib("2026-03-05", "15:00"), completedAt: wib("2026-03-03") } });
    await db.serviceRequest.create({ data: { ...base, assigneeId: dewi, status: "COMPLETED", submittedAt: wib("2026-03-02"), dueAt: wib("2026-03-05", "15:00"), completedAt: wib("2026-03-10") } });
    await db.serviceRequest.create({ data: { ...base, assigneeId: dewi, status: "COMPLETED", submittedAt: wib("2026-02-02"), dueAt: wib("2026-02-05", "15:00"), completedAt: wib("2026-02-20") } });
    await db.serviceRequest.create({ data: { ...base, assigneeId: dewi, status: "VERIFIED", submittedAt: wib("2026-03-11"), dueAt: wib("2026-03-16", "15:00") } });
    await db.serviceRequest.create({ data: { ...base, assigneeId: dewi, status: "NEEDS_CORRECTION", submittedAt: wib("2026-03-11"), dueAt: wib("2026-03-16", "15:00"), pausedAt: wib("2026-03-12") } });
    // Agus: one open, not yet due.
    await db.serviceRequest.create({ data: { ...base, assigneeId: agus, status: "PROCESSING", submittedAt: wib("2026-03-19"), dueAt: wib("2026-03-24", "15:00") } });

    const scope = { officeId: pakansari.id, ...periodBounds(march), serviceId: s.id };
    const { rows, next } = await staffWorkload(scope, now);
    expect(next).toBeNull();
    const by = new Map(rows.map((r) => [r.userId, r]));
    expect(by.get(dewi)).toMatchObject({ openAssigned: 2, completed: 2, completedLate: 1, openOverdue: 1 });
    expect(by.get(agus)).toMatchObject({ openAssigned: 1, completed: 0, completedLate: 0, openOverdue: 0 });
    // Every active staff, supervisor and admin of the office appears (with zeros), no one of another office.
    expect(by.get(ctx.users.lurah)).toMatchObject({ openAssigned: 0, completed: 0 });
    expect(by.has(ctx.users.petugasTengah)).toBe(false);
    expect(by.has(ctx.users.camat)).toBe(false);

    // Pages of two, in name order, without overlap, reaching the same rows.
    const paged: string[] = [];
    let after: string | null = null;
    do {
      const page: Awaited<ReturnType<typeof staffWorkload>> = await staffWorkload(scope, now, decodeStaffCursor(after), 2);
      expect(page.rows.length).toBeLessThanOrEqual(2);
      paged.push(...page.rows.map((r) => r.userId));
      after = page.next;
    } while (after);
    expect(paged).toEqual(rows.map((r) => r.userId));
    expect(new Set(paged).size).toBe(paged.length);
  });
});
