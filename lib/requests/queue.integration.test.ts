import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/types";
import { countQueueSearch, listQueue } from "./data/staff/queue";
import { getRequestForStaff } from "./data/staff/detail";
import { verifyRequest } from "./mutations/staff/workflow";
import { parseQueueFilters, type QueueFilters } from "./staff-schema";
import { resumeSla } from "./sla";
import { buildWorld, db, makeRequest, type World } from "@/test/support/requests-world";

let w: World;
const wib = (s: string) => new Date(`${s}+07:00`);
const filters = (over: Record<string, string> = {}): QueueFilters => parseQueueFilters(over);

async function allIds(actor: Actor, f: QueueFilters, now?: Date) {
  const page = await listQueue(actor, f, { now, limit: 500 });
  return page.rows.map((r) => r.id).sort();
}

beforeAll(async () => {
  w = await buildWorld();
});

describe("scoping", () => {
  let pem: { id: string; version: number };
  let ekbang: { id: string; version: number };
  let tengah: { id: string; version: number };
  let enteredByEkbang: { id: string; version: number };
  beforeAll(async () => {
    const P = w.offices.pakansari.id;
    pem = await makeRequest({ officeId: P, serviceId: w.services.pem, residentId: w.residents.siti.profileId });
    ekbang = await makeRequest({ officeId: P, serviceId: w.services.ekbang, residentId: w.residents.budi.profileId });
    enteredByEkbang = await makeRequest({ officeId: P, serviceId: w.services.pem, residentId: w.residents.budi.profileId, channel: "LOKET", enteredById: w.actors.ekbang.userId });
    tengah = await makeRequest({ officeId: w.offices.tengah.id, serviceId: w.services.tengah, residentId: w.residents.ahmad.profileId });
  });

  it("shows staff their units' requests and supervisors the whole office", async () => {
    const f = filters({ status: "all" });
    const petugas = await allIds(w.actors.petugas, f);
    expect(petugas).toContain(pem.id);
    expect(petugas).not.toContain(ekbang.id);
    expect(petugas).not.toContain(tengah.id);
    const ekbangIds = await allIds(w.actors.ekbang, f);
    expect(ekbangIds).toEqual([ekbang.id]);
    const lurah = await allIds(w.actors.lurah, f);
    expect(lurah).toEqual(expect.arrayContaining([pem.id, ekbang.id, enteredByEkbang.id]));
    expect(lurah).not.toContain(tengah.id);
    expect(await allIds(w.actors.tengah, f)).toEqual([tengah.id]);
  });

  it("ignores a unit filter outside the actor's units", async () => {
    expect(await allIds(w.actors.petugas, filters({ status: "all", unit: w.offices.pakansari.units.EKBANG }))).toEqual([]);
  });

  it("refuses actions on another unit's request, and hides another office's request entirely", async () => {
    expect(await verifyRequest(w.actors.ekbang, pem)).toEqual({ ok: false, error: "not_found" });
    // Entered at their desk: visible (to reprint the receipt), but not theirs to handle.
    expect(await verifyRequest(w.actors.ekbang, enteredByEkbang)).toEqual({ ok: false, error: "forbidden" });
    expect(await verifyRequest(w.actors.tengah, pem)).toEqual({ ok: false, error: "not_found" });
    expect(await verifyRequest(w.actors.petugas, tengah)).toEqual({ ok: false, error: "not_found" });
    expect(await getRequestForStaff(w.actors.tengah, pem.id)).toBeNull();
    expect(await getRequestForStaff(w.actors.ekbang, pem.id)).toBeNull();
    const adminTengah = { ...w.actors.tengah, role: "ADMIN" as const };
    expect(await verifyRequest(adminTengah, pem)).toEqual({ ok: false, error: "not_found" });
    expect((await verifyRequest(w.actors.lurah, ekbang)).ok).toBe(true);
  });

  it("audits every opening of a request's personal data", async () => {
    const detail = await getRequestForStaff(w.actors.petugas, pem.id);
    expect(detail?.resident).toMatchObject({ visibility: "full", nik: "3201014506900002" });
    const audit = await db.auditEvent.findFirst({ where: { action: "request.personal_data_viewed", targetId: pem.id, actorId: w.actors.petugas.userId } });
    expect(audit).not.toBeNull();
  });
});

describe("SLA across weekends, holidays and pauses", () => {
  let office: { id: string };
  let admin: Actor;
  const ids: Record<string, string> = {};
  // Thu 19 and Fri 20 March 2026 are holidays here; now is Wed 18 March 10:00 WIB.
  const now = wib("2026-03-18T10:00:00");

  beforeAll(async () => {
    office = await db.office.create({
      data: { code: "SLA", slug: "sla", name: "Kelurahan Uji SLA", type: "KELURAHAN", regionCode: "32.01", address: "Jl. Uji" },
    });
    await db.holiday.createMany({
      data: [
        { officeId: office.id, date: new Date("2026-03-19T00:00:00Z"), name: "Hari Suci Nyepi" },
        { officeId: office.id, date: new Date("2026-03-20T00:00:00Z"), name: "Cuti bersama" },
      ],
    });
    const unit = await db.unit.create({ data: { officeId: office.id, code: "PEM", name: "Pemerintahan" } });
    const service = await db.service.create({
      data: { officeId: office.id, unitId: unit.id, slug: "x", name: "Surat X", summary: "x", procedure: [], durationValue: 3, durationUnit: "WORKING_DAYS", product: "x", complaintInfo: "x" },
    });
    const user = await db.user.create({ data: { officeId: office.id, role: "ADMIN", name: "Admin SLA", email: "admin@sla.test", passwordHash: "x" } });
    admin = { userId: user.id, name: user.name, role: "ADMIN", officeId: office.id, unitIds: [], servicePointIds: [], residentId: null, ip: null, userAgent: null };
    const make = async (key: string, dueAt: Date, extra: { pausedAt?: Date; status?: "NEEDS_CORRECTION" | "COMPLETED" } = {}) => {
      ids[key] = (await makeRequest({ officeId: office.id, serviceId: service.id, residentId: w.residents.siti.profileId, dueAt, submittedAt: wib("2026-03-10T09:00:00"), ...extra })).id;
    };
    await make("overdue", wib("2026-03-18T09:59:00"));
    await make("dueToday", wib("2026-03-18T15:00:00"));
    await make("dueAfterLongWeekend", wib("2026-03-23T15:00:00")); // next working day after two holidays and a weekend
    await make("onTrack", wib("2026-03-24T15:00:00"));
    await make("paused", wib("2026-03-17T15:00:00"), { pausedAt: wib("2026-03-16T10:00:00"), status: "NEEDS_CORRECTION" });
    await make("completedLate", wib("2026-03-02T15:00:00"), { status: "COMPLETED" });
  });

  it("puts each request in the state the detail page shows, and filters SQL the same way", async () => {
    const expected = { OVERDUE: ["overdue"], DUE_SOON: ["dueToday", "dueAfterLongWeekend"], ON_TRACK: ["onTrack"], PAUSED: ["paused"] };
    for (const [state, keys] of Object.entries(expected)) {
      const page = await listQueue(admin, filters({ sla: state }), { now, limit: 100 });
      expect(page.rows.map((r) => r.id).sort()).toEqual(keys.map((k) => ids[k]).sort());
      expect(page.rows.every((r) => r.sla === state)).toBe(true);
      for (const row of page.rows) expect((await getRequestForStaff(admin, row.id, now))?.sla).toBe(state);
    }
    const all = await listQueue(admin, filters({ status: "all" }), { now, limit: 100 });
    expect(all.rows.find((r) => r.id === ids.completedLate)?.sla).toBeNull();
  });

  it("moves the 'due soon' line with the office's threshold", async () => {
    // Set on the admin's office page (lib/admin); the queue's calendar cache must let it through.
    await db.office.update({ where: { id: office.id }, data: { slaWarnDays: 2, calendarVersion: { increment: 1 } } });
    const page = await listQueue(admin, filters({ sla: "DUE_SOON" }), { now, limit: 100 });
    expect(page.rows.map((r) => r.id).sort()).toEqual([ids.dueToday, ids.dueAfterLongWeekend, ids.onTrack].sort());
    await db.office.update({ where: { id: office.id }, data: { slaWarnDays: 1, calendarVersion: { increment: 1 } } });
  });

  it("extends the due date by the working days spent waiting on the resident", async () => {
    // Paused Fri 13 March, resumed Wed 18 March: Mon–Wed count (3 working days); from Mon 16 that skips the holidays.
    const resumed = await db.$transaction((tx) =>
      resumeSla(tx, { officeId: office.id, dueAt: wib("2026-03-16T15:00:00"), pausedAt: wib("2026-03-13T10:00:00") }, now),
    );
    expect(resumed).toEqual({ dueAt: wib("2026-03-23T15:00:00"), pausedAt: null });
  });
});

describe("queue filters, search and keyset paging", () => {
  const made: string[] = [];
  beforeAll(async () => {
    const P = w.offices.pakansari.id;
    for (let i = 0; i < 7; i++) {
      const r = await makeRequest({
        officeId: P,
        serviceId: w.services.pem,
        residentId: i % 2 ? w.residents.budi.profileId : w.residents.siti.profileId,
        submittedAt: wib(`2026-02-${String(10 + i).padStart(2, "0")}T09:00:00`),
        channel: i === 3 ? "POS_RW" : "WEB",
        assigneeId: i === 5 ? w.actors.petugas.userId : null,
      });
      made.push(r.id);
    }
  });

  const period = { from: "2026-02-10", to: "2026-02-16" };

  it("filters by period, channel, assignee, service and search", async () => {
    const p = w.actors.petugas;
    expect(await allIds(p, filters(period))).toEqual([...made].sort());
    expect(await allIds(p, filters({ ...period, from: "2026-02-12", to: "2026-02-12" }))).toEqual([made[2]]);
    expect(await allIds(p, filters({ ...period, channel: "POS_RW" }))).toEqual([made[3]]);
    expect(await allIds(p, filters({ ...period, assignee: "me" }))).toEqual([made[5]]);
    expect((await allIds(p, filters({ ...period, assignee: "unassigned" }))).length).toBe(6);
    expect(await allIds(p, filters({ ...period, service: w.services.ekbang }))).toEqual([]);
    expect((await allIds(p, filters({ ...period, q: "3201011203850001" }))).length).toBe(3);
    expect((await allIds(p, filters({ ...period, q: "siti" }))).length).toBe(4);
    const one = await db.serviceRequest.findUniqueOrThrow({ where: { id: made[4] } });
    expect(await allIds(p, filters({ ...period, q: one.number!.toLowerCase() }))).toEqual([made[4]]);
  });

  it("finds a request by a partial number or the last digits of a NIK, and counts the results (issue 17)", async () => {
    const p = w.actors.petugas;
    await db.serviceRequest.update({ where: { id: made[6] }, data: { number: "PKS/2026/000917" } });
    expect(await allIds(p, filters({ ...period, q: "917" }))).toEqual([made[6]]);
    expect(await allIds(p, filters({ ...period, q: "000917" }))).toEqual([made[6]]);
    // Budi's NIK ends in 0001: his three requests of the period.
    expect((await allIds(p, filters({ ...period, q: "0001" }))).length).toBe(3);
    expect(await countQueueSearch(p, filters({ ...period, q: "0001" }))).toEqual({ n: 3, capped: false });
    expect(await countQueueSearch(p, filters({ ...period, q: "siti" }))).toEqual({ n: 4, capped: false });
    expect(await countQueueSearch(p, filters(period))).toBeNull();
    // Another office's staff find nothing by the same digits.
    expect(await allIds(w.actors.tengah, filters({ ...period, q: "917" }))).toEqual([]);
  });

  it("opens one colleague's requests and those completed in a period, as the supervisor's per-staff links do (issue 17)", async () => {
    const P = w.offices.pakansari.id;
    const mine = (over: Parameters<typeof makeRequest>[0]) => makeRequest(over).then((r) => r.id);
    const base = { officeId: P, serviceId: w.services.pem, residentId: w.residents.siti.profileId, submittedAt: wib("2026-04-01T09:00:00") };
    const open = await mine({ ...base, assigneeId: w.actors.petugas.userId });
    const doneInTime = await mine({ ...base, assigneeId: w.actors.petugas.userId, status: "COMPLETED" });
    const doneLate = await mine({ ...base, assigneeId: w.actors.petugas.userId, status: "COMPLETED" });
    const doneInMay = await mine({ ...base, assigneeId: w.actors.petugas.userId, status: "COMPLETED" });
    const lurahs = await mine({ ...base, assigneeId: w.actors.lurah.userId });
    await db.serviceRequest.update({ where: { id: doneInTime }, data: { completedAt: wib("2026-04-06T10:00:00"), dueAt: wib("2026-04-07T15:00:00") } });
    await db.serviceRequest.update({ where: { id: doneLate }, data: { completedAt: wib("2026-04-30T23:30:00"), dueAt: wib("2026-04-07T15:00:00") } });
    await db.serviceRequest.update({ where: { id: doneInMay }, data: { completedAt: wib("2026-05-01T00:10:00"), dueAt: wib("2026-05-07T15:00:00") } });
    const sup = w.actors.lurah;
    const april = { from: "2026-04-01", to: "2026-04-01" };
    expect(await allIds(sup, filters({ ...april, assignee: w.actors.petugas.userId }))).toEqual([open]);
    expect(await allIds(sup, filters({ ...april, assignee: w.actors.lurah.userId }))).toEqual([lurahs]);
    const completedApril = { assignee: w.actors.petugas.userId, status: "COMPLETED", doneFrom: "2026-04-01", doneTo: "2026-04-30" };
    // Jakarta days: 23:30 WIB on 30 April is April, 00:10 WIB on 1 May is not.
    expect(await allIds(sup, filters(completedApril))).toEqual([doneInTime, doneLate].sort());
    expect(await allIds(sup, filters({ ...completedApril, late: "1" }))).toEqual([doneLate]);
    // Another office's supervisor gets nothing for the same person.
    expect(await allIds(w.actors.tengah, filters({ status: "all", assignee: w.actors.petugas.userId }))).toEqual([]);
  });

  it("pages forwards and backwards without gaps or repeats, in every sort", async () => {
    for (const sort of ["submitted_desc", "submitted_asc", "due_asc", "due_desc"]) {
      const f = filters({ ...period, sort });
      const seen: string[] = [];
      const cursors: (string | null)[] = [];
      let page = await listQueue(w.actors.petugas, f, { limit: 3 });
      seen.push(...page.rows.map((r) => r.id));
      expect(page.prevCursor).toBeNull();
      while (page.nextCursor) {
        cursors.push(page.nextCursor);
        page = await listQueue(w.actors.petugas, { ...f, after: page.nextCursor }, { limit: 3 });
        seen.push(...page.rows.map((r) => r.id));
      }
      expect(seen).toHaveLength(7);
      expect(new Set(seen).size).toBe(7);
      // One step back from the last page is the middle page again.
      const back = await listQueue(w.actors.petugas, { ...f, before: page.prevCursor! }, { limit: 3 });
      expect(back.rows.map((r) => r.id)).toEqual(seen.slice(3, 6));
      expect(back.nextCursor).not.toBeNull();
    }
  });

  it("masks the NIK in every row", async () => {
    const page = await listQueue(w.actors.petugas, filters(period), { limit: 1 });
    expect(page.rows[0].residentNikMasked).toMatch(/^3201•{8}\d{4}$/);
    expect(JSON.stringify(page.rows)).not.toContain("3201014506900002");
  });
});
