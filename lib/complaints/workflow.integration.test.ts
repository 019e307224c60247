import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/types";
import { db } from "@/lib/db";
import type { SeedContext } from "@/prisma/seed/base";
import { listComplaintQueue } from "./data/staff";
import { actor, content, photoWithGps, seedDemo } from "@/test/support/complaints-setup";
import { fileComplaint, fileWalkInComplaint } from "./mutations/file";
import { confirmComplaint, reopenComplaint } from "./mutations/reporter";
import { completeComplaint, disposeComplaint, recordFollowUp, rejectComplaint, verifyComplaint } from "./mutations/workflow";
import { ALL_STATUSES, canTransition, type ComplaintAction, type ComplaintStatus } from "./workflow";

let ctx: SeedContext;
let siti: Actor, budi: Actor, petugas: Actor, ekbang: Actor, petugasTengah: Actor;
let categoryId: string;
let ekbangUnit: string;

const wib = (s: string) => new Date(`${s}+07:00`);
const dayKey = (d: Date) => new Date(d.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
const todayKey = () => dayKey(new Date());

beforeAll(async () => {
  ctx = await seedDemo();
  [siti, budi, petugas, ekbang, petugasTengah] = await Promise.all(
    [ctx.residents.siti.userId, ctx.residents.budi.userId, ctx.users.petugas, ctx.users.petugasEkbang, ctx.users.petugasTengah].map(actor),
  );
  categoryId = (await db.complaintCategory.findFirstOrThrow({ where: { officeId: ctx.offices.pakansari.id, slug: "jalan-rusak" } })).id;
  ekbangUnit = ctx.offices.pakansari.units.EKBANG;
});

afterEach(() => {
  vi.useRealTimers();
});

async function file(by: Actor = siti) {
  const filed = await fileComplaint(by, content({ categoryId }));
  if (!filed.ok) throw new Error(JSON.stringify(filed));
  return filed;
}

async function state(id: string) {
  return db.complaint.findUniqueOrThrow({ where: { id }, select: { status: true, version: true, dueAt: true, verifyDueAt: true, reopenCount: true, completedAt: true, unitId: true } });
}

/** Runs one action the way its owner would, with the complaint's current version. */
async function act(action: ComplaintAction, id: string) {
  const { version } = await state(id);
  switch (action) {
    case "verify":
      return verifyComplaint(petugas, { id, version, track: "SIMPLE" });
    case "reject":
      return rejectComplaint(petugas, { id, version, reason: "TOO_GENERAL", note: "Kurang jelas" });
    case "dispose":
      return disposeComplaint(petugas, { id, version, unitId: ekbangUnit, instruction: "TINDAK_LANJUTI", dueDate: todayKey() });
    case "followUp":
      return recordFollowUp(ekbang, { id, version, actionDate: todayKey(), note: "Sudah ditambal." });
    case "complete":
      return completeComplaint(petugas, { id, version, note: "Selesai." });
    case "confirm":
      return confirmComplaint(siti, { id, version });
    case "reopen":
      return reopenComplaint(siti, { id, version, reason: "Lubangnya muncul lagi setelah hujan." });
  }
}

const pathTo: Record<ComplaintStatus, ComplaintAction[]> = {
  SUBMITTED: [],
  VERIFIED: ["verify"],
  DISPOSED: ["verify", "dispose"],
  FOLLOWED_UP: ["verify", "dispose", "followUp"],
  COMPLETED: ["verify", "dispose", "followUp", "complete"],
  CLOSED: ["verify", "dispose", "followUp", "complete", "confirm"],
  REJECTED: ["reject"],
};

async function complaintIn(status: ComplaintStatus) {
  const { id } = await file();
  for (const step of pathTo[status]) {
    const result = await act(step, id);
    if (!result.ok) throw new Error(`${step}: ${JSON.stringify(result)}`);
  }
  expect((await state(id)).status).toBe(status);
  return id;
}

const ACTIONS: ComplaintAction[] = ["verify", "reject", "dispose", "followUp", "complete", "confirm", "reopen"];

describe("every transition, valid and invalid", () => {
  for (const from of ALL_STATUSES) {
    it(`from ${from}`, async () => {
      const id = await complaintIn(from);
      for (const action of ACTIONS.filter((a) => !canTransition(a, from))) {
        const before = await state(id);
        expect(await act(action, id), `${action} from ${from}`).toEqual({ ok: false, error: "invalid_transition" });
        expect(await state(id)).toEqual(before);
      }
      for (const action of ACTIONS.filter((a) => canTransition(a, from))) {
        const fresh = await complaintIn(from);
        const result = await act(action, fresh);
        expect(result, `${action} from ${from}`).toMatchObject({ ok: true });
        const after = await state(fresh);
        expect(after.version).toBeGreaterThan(0);
        expect(await db.complaintEvent.count({ where: { complaintId: fresh, toStatus: after.status } })).toBeGreaterThan(0);
      }
    });
  }
});

describe("who may act", () => {
  it("another office's staff get not_found; residents cannot act as staff; other residents cannot confirm", async () => {
    const { id } = await file();
    expect(await verifyComplaint(petugasTengah, { id, version: 0, track: "SIMPLE" })).toEqual({ ok: false, error: "not_found" });
    expect(await verifyComplaint(siti, { id, version: 0, track: "SIMPLE" })).toEqual({ ok: false, error: "forbidden" });
    await act("verify", id);
    await act("dispose", id);
    // Dewi (PEM, KESSOS) is not in the EKBANG unit the complaint went to.
    expect(await recordFollowUp(petugas, { id, version: 2, actionDate: todayKey(), note: "Coba catat" })).toEqual({ ok: false, error: "forbidden" });
    await act("followUp", id);
    await act("complete", id);
    expect(await confirmComplaint(budi, { id, version: 4 })).toEqual({ ok: false, error: "not_found" });
    expect(await confirmComplaint(siti, { id, version: 4 })).toMatchObject({ ok: true, status: "CLOSED" });
  });

  it("a disposition needs one of the office's own units and a due date not in the past", async () => {
    const id = await complaintIn("VERIFIED");
    const tengahUnit = ctx.offices.tengah.units.EKBANG;
    expect(await disposeComplaint(petugas, { id, version: 1, unitId: tengahUnit, instruction: "KOORDINASIKAN", dueDate: todayKey() })).toMatchObject({ fieldErrors: { unitId: "required" } });
    expect(await disposeComplaint(petugas, { id, version: 1, unitId: ekbangUnit, instruction: "KOORDINASIKAN", dueDate: "2020-01-01" })).toMatchObject({ fieldErrors: { dueDate: "past" } });
  });

  it("a rejection records the duplicate's ticket or where the complaint was referred", async () => {
    const original = await file();
    const dup = await file();
    expect(await rejectComplaint(petugas, { id: dup.id, version: 0, reason: "DUPLICATE", duplicateTicket: "ADU-PKS-1999-000001" })).toMatchObject({ fieldErrors: { duplicateTicket: "ticket_unknown" } });
    expect(await rejectComplaint(petugas, { id: dup.id, version: 0, reason: "DUPLICATE", duplicateTicket: original.ticket.toLowerCase() })).toMatchObject({ ok: true });
    expect((await db.complaint.findUniqueOrThrow({ where: { id: dup.id } })).duplicateOfId).toBe(original.id);
    const other = await file();
    await rejectComplaint(petugas, { id: other.id, version: 0, reason: "NOT_AUTHORITY", referredTo: "Dinas PUPR Kabupaten Bogor" });
    expect(await db.complaint.findUniqueOrThrow({ where: { id: other.id } })).toMatchObject({ status: "REJECTED", referredTo: "Dinas PUPR Kabupaten Bogor", rejectReason: "NOT_AUTHORITY" });
  });

  it("a walk-in complaint records channel and who entered it, and reaches the resident's account by NIK", async () => {
    const unknown = await fileWalkInComplaint(petugas, { ...content({ categoryId }), channel: "LOKET", reporterNik: "3201019999990001" });
    expect(unknown).toMatchObject({ ok: false, fieldErrors: { reporterNik: "nik_unknown" } });
    const filed = await fileWalkInComplaint(petugas, { ...content({ categoryId }), channel: "POS_RW", reporterNik: "3201011203850001" });
    if (!filed.ok) throw new Error("walk-in failed");
    expect(await db.complaint.findUniqueOrThrow({ where: { id: filed.id } })).toMatchObject({ channel: "POS_RW", enteredById: petugas.userId, reporterId: budi.userId });
  });

  it("a walk-in reporter is looked up in the desk's own office only: another office's resident is not attached", async () => {
    // Ahmad Fauzi is registered with Kelurahan Tengah; the Pakansari desk must not reach his record.
    const before = await db.complaint.count();
    const other = await fileWalkInComplaint(petugas, { ...content({ categoryId }), channel: "LOKET", reporterNik: "3201010101950003" });
    expect(other).toMatchObject({ ok: false, fieldErrors: { reporterNik: "nik_elsewhere" } });
    expect(await db.complaint.count()).toBe(before);
  });
});

describe("photos of a failed step", () => {
  it("are not left behind when a later photo is refused or the follow-up conflicts", async () => {
    const id = await complaintIn("DISPOSED");
    const good = { bytes: await photoWithGps() };
    const bad = { bytes: new Uint8Array(Buffer.from("<svg xmlns='http://www.w3.org/2000/svg'/>")) };
    const files = () => db.storedFile.count({ where: { ownerId: ekbang.userId } });
    const before = await files();
    const { version } = await state(id);
    expect(await recordFollowUp(ekbang, { id, version, actionDate: todayKey(), note: "Sudah dicek." }, [good, bad])).toMatchObject({ fieldErrors: { photos: "type_not_allowed" } });
    expect(await files()).toBe(before);
    // Someone else changed the complaint meanwhile: the stored photo is removed again.
    await db.complaint.update({ where: { id }, data: { version: { increment: 1 } } });
    expect(await recordFollowUp(ekbang, { id, version: version + 1, actionDate: todayKey(), note: "Sudah dicek." }, [good])).toMatchObject({ ok: true });
    expect(await files()).toBe(before + 1);
    expect(await recordFollowUp(ekbang, { id, version: version + 1, actionDate: todayKey(), note: "Dicatat dua kali." }, [good])).toEqual({ ok: false, error: "conflict" });
    expect(await files()).toBe(before + 1);
  });
});

describe("ticket numbers", () => {
  it("twenty complaints filed at once all get different, consecutive numbers", async () => {
    const filed = await Promise.all(Array.from({ length: 20 }, (_, i) => fileComplaint(i % 2 ? siti : budi, content({ categoryId }))));
    const tickets = filed.map((f) => (f.ok ? f.ticket : ""));
    expect(new Set(tickets).size).toBe(20);
    expect(tickets.every((t) => /^ADU-PKS-\d{4}-\d{6}$/.test(t))).toBe(true);
    const numbers = tickets.map((t) => Number(t.slice(-6))).sort((a, b) => a - b);
    expect(numbers[19] - numbers[0]).toBe(19);
  });
});

describe("optimistic concurrency", () => {
  it("the second of two simultaneous verifications gets a conflict and changes nothing", async () => {
    const { id } = await file();
    const results = await Promise.all([
      verifyComplaint(petugas, { id, version: 0, track: "SIMPLE" }),
      verifyComplaint(ekbang, { id, version: 0, track: "FIELD_INSPECTION" }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, error: "conflict" }]);
    expect((await state(id)).version).toBe(1);
    expect(await db.complaintEvent.count({ where: { complaintId: id, type: "complaint.verified" } })).toBe(1);
  });

  it("a stale version is a conflict, not a silent overwrite", async () => {
    const { id } = await file();
    await act("verify", id);
    expect(await disposeComplaint(petugas, { id, version: 0, unitId: ekbangUnit, instruction: "TINDAK_LANJUTI", dueDate: todayKey() })).toEqual({ ok: false, error: "conflict" });
  });
});

describe("clocks on the office calendar", () => {
  beforeAll(async () => {
    const officeId = ctx.offices.pakansari.id;
    // A calendar known by heart for the rest of 2026: Friday 14 Aug declared a local holiday and
    // Monday 17 Aug (Independence Day) the only other one, so the counts below can be done by hand.
    await db.holiday.deleteMany({ where: { officeId, date: { gte: new Date("2026-08-01T00:00:00Z"), lte: new Date("2026-12-31T00:00:00Z") } } });
    for (const [date, name] of [["2026-08-14", "Cuti bersama (uji)"], ["2026-08-17", "Hari Kemerdekaan"]] as const) {
      await db.holiday.upsert({ where: { officeId_date: { officeId, date: new Date(`${date}T00:00:00Z`) } }, update: {}, create: { officeId, date: new Date(`${date}T00:00:00Z`), name } });
    }
  });

  it("verification within 3 working days skips the weekend and holidays; after closing counts from the next working day", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(wib("2026-08-13T10:00:00")); // Thursday, before closing
    const early = await file();
    expect((await state(early.id)).verifyDueAt.toISOString()).toBe(wib("2026-08-20T15:00:00").toISOString());
    vi.setSystemTime(wib("2026-08-13T16:30:00")); // Thursday, after closing (15:00)
    const late = await file();
    expect((await state(late.id)).verifyDueAt.toISOString()).toBe(wib("2026-08-21T15:00:00").toISOString());
  });

  it("each track's limit runs from verification on working days", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(wib("2026-08-12T09:00:00")); // Wednesday
    // Working days after Wed 12 Aug: 13, 18, 19, 20, 21 (5th) … 3 Sep (14th) … 6 Nov (60th).
    const expected = { INFORMATION: "2026-08-21", SIMPLE: "2026-08-21", NO_INSPECTION: "2026-09-03", FIELD_INSPECTION: "2026-11-06" } as const;
    for (const [track, day] of Object.entries(expected) as [keyof typeof expected, string][]) {
      const { id } = await file();
      expect(await verifyComplaint(petugas, { id, version: 0, track })).toMatchObject({ ok: true });
      expect((await state(id)).dueAt?.toISOString(), track).toBe(wib(`${day}T15:00:00`).toISOString());
    }
  });

  it("the queue's SLA filter follows the clock: on track → due soon → overdue", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(wib("2026-08-13T10:00:00"));
    const { id, ticket } = await file(); // verification due Thu 20 Aug 15:00
    const slaAt = async (at: string) => {
      vi.setSystemTime(wib(at));
      for (const sla of ["ON_TRACK", "DUE_SOON", "OVERDUE"] as const) {
        const page = await listComplaintQueue(petugas, { q: ticket, sla });
        if (page.rows.some((r) => r.id === id)) return sla;
      }
      return null;
    };
    expect(await slaAt("2026-08-13T11:00:00")).toBe("ON_TRACK");
    expect(await slaAt("2026-08-19T09:00:00")).toBe("DUE_SOON"); // one working day before (warn days = 1)
    expect(await slaAt("2026-08-21T08:00:00")).toBe("OVERDUE");
    const row = (await listComplaintQueue(petugas, { q: ticket })).rows[0];
    expect(row.sla).toBe("OVERDUE");
  });
});

describe("reopen window", () => {
  async function completedAt(at: string) {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(wib(at));
    const id = await complaintIn("COMPLETED");
    return id;
  }

  it("13 days after completion the reporter may reopen: back to the unit, counter up, fresh limit", async () => {
    const id = await completedAt("2026-03-02T10:00:00");
    vi.setSystemTime(wib("2026-03-15T10:00:00"));
    const { version } = await state(id);
    const result = await reopenComplaint(siti, { id, version, reason: "Lubangnya muncul lagi setelah hujan." });
    expect(result).toMatchObject({ ok: true, status: "DISPOSED" });
    const after = await state(id);
    expect(after).toMatchObject({ status: "DISPOSED", reopenCount: 1, completedAt: null, unitId: ekbangUnit });
    expect(after.dueAt!.getTime()).toBeGreaterThan(wib("2026-03-15T10:00:00").getTime());
    const event = await db.complaintEvent.findFirstOrThrow({ where: { complaintId: id, type: "complaint.reopened" } });
    expect(event).toMatchObject({ fromStatus: "COMPLETED", toStatus: "DISPOSED", note: "Lubangnya muncul lagi setelah hujan." });
  });

  it("15 days after completion it is refused with reopen_expired and nothing changes", async () => {
    const id = await completedAt("2026-03-02T10:00:00");
    vi.setSystemTime(wib("2026-03-17T10:00:00"));
    const before = await state(id);
    expect(await reopenComplaint(siti, { id, version: before.version, reason: "Masih rusak dan belum diperbaiki." })).toEqual({ ok: false, error: "reopen_expired" });
    expect(await state(id)).toEqual(before);
    // Confirming is still possible.
    expect(await confirmComplaint(siti, { id, version: before.version })).toMatchObject({ ok: true, status: "CLOSED" });
  });
});
