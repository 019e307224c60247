import { beforeAll, describe, expect, it } from "vitest";
import { getRequestForStaff, nextOpenRequestId } from "./data/staff/detail";
import { createWalkInRequest } from "./mutations/staff/walk-in";
import { addNote, completeOnSpot, completeRequest, recordHandover, verifyAndProcess } from "./mutations/staff/workflow";
import { handoverSchema } from "./staff-schema";
import { walkInSchema } from "./walk-in-schema";
import { buildWorld, db, makeRequest, type World } from "@/test/support/requests-world";

// The 80-requests-a-day desk (issue 17): originals checked instead of scans, a walk-in assigned to
// whoever filed it, "verifikasi & proses" and "selesai di tempat" as one step, the hand-over, notes
// that never conflict, and the completer recorded.

let w: World;
beforeAll(async () => {
  w = await buildWorld();
});

const events = (id: string) => db.requestEvent.findMany({ where: { requestId: id }, orderBy: { id: "asc" }, select: { type: true, fromStatus: true, toStatus: true, actorId: true, internal: true } });
const siti = () => w.residents.siti.profileId;
const request = (status: "SUBMITTED" | "VERIFIED" | "PROCESSING" | "COMPLETED" | "NEEDS_CORRECTION", extra: { channel?: "WEB" | "LOKET"; assigneeId?: string | null } = {}) =>
  makeRequest({ officeId: w.offices.pakansari.id, serviceId: w.services.pem, residentId: siti(), status, ...extra });

describe("walk-in at the desk", () => {
  it("accepts a required document whose original was checked at the desk, recorded with who checked it", async () => {
    const input = walkInSchema.parse({ residentId: w.residents.budi.profileId, serviceId: w.services.pem, channel: "LOKET", fields: { keperluan: "Sekolah" }, originals: ["ktp"] });
    const result = await createWalkInRequest(w.actors.petugas, input, new Map(), new Date("2026-03-03T02:00:00Z"));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const row = await db.serviceRequest.findUniqueOrThrow({ where: { id: result.id }, include: { originalChecks: { include: { requirement: true } }, attachments: true } });
    expect(row.attachments).toHaveLength(0);
    expect(row.originalChecks.map((c) => [c.requirement.code, c.checkedById, c.checkedAt.toISOString()])).toEqual([["ktp", w.actors.petugas.userId, "2026-03-03T02:00:00.000Z"]]);
    // Filed by a member of the service's unit: it is theirs to handle, with the assignment on the timeline.
    expect(row.assigneeId).toBe(w.actors.petugas.userId);
    expect((await events(result.id)).map((e) => e.type)).toEqual(["request.submitted", "request.assigned"]);
  });

  it("still names a required document that is neither scanned nor checked, and refuses an unknown code", async () => {
    const input = walkInSchema.parse({ residentId: w.residents.budi.profileId, serviceId: w.services.pem, channel: "LOKET", fields: { keperluan: "x" }, originals: ["pengantar_rt", "kk_palsu"] });
    expect(await createWalkInRequest(w.actors.petugas, input, new Map())).toEqual({
      ok: false, error: "invalid_input", fieldErrors: { "files.kk_palsu": "unknown_requirement", "files.ktp": "required" },
    });
  });

  it("leaves a walk-in for another unit unassigned, and does not let that filer finish it on the spot", async () => {
    const input = walkInSchema.parse({ residentId: w.residents.budi.profileId, serviceId: w.services.ekbang, channel: "LOKET", fields: { keperluan: "Usaha" }, originals: ["ktp"] });
    const filed = await createWalkInRequest(w.actors.petugas, input, new Map());
    expect(filed.ok).toBe(true);
    if (filed.ok) expect((await db.serviceRequest.findUniqueOrThrow({ where: { id: filed.id } })).assigneeId).toBeNull();
    const onSpot = await createWalkInRequest(w.actors.petugas, { ...input, finish: "onSpot" }, new Map());
    expect(onSpot).toEqual({ ok: false, error: "invalid_input", fieldErrors: { finish: "not_your_unit" } });
  });

  it("files, completes and hands over in one step (selesai di tempat)", async () => {
    const input = walkInSchema.parse({ residentId: w.residents.budi.profileId, serviceId: w.services.pem, channel: "LOKET", fields: { keperluan: "Sekolah" }, originals: ["ktp"], finish: "onSpot" });
    const now = new Date("2026-03-03T03:00:00Z");
    const result = await createWalkInRequest(w.actors.petugas, input, new Map(), now);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const row = await db.serviceRequest.findUniqueOrThrow({ where: { id: result.id }, include: { resident: true } });
    expect(row).toMatchObject({
      status: "COMPLETED", completedAt: now, assigneeId: w.actors.petugas.userId, collectedAt: now,
      handedOverById: w.actors.petugas.userId, collectorName: row.resident.fullName, collectorNik: row.resident.nik, version: 1,
    });
    expect((await events(result.id)).map((e) => `${e.type}:${e.toStatus ?? ""}`)).toEqual([
      "request.submitted:SUBMITTED", "request.assigned:", "request.verified:VERIFIED", "request.processing:PROCESSING", "request.completed:COMPLETED",
    ]);
    // The survey invitation exists for the receipt printed next.
    expect(await db.surveyInvitation.count({ where: { requestId: result.id } })).toBe(1);
  });
});

describe("one-step transitions", () => {
  it("verifies and processes a submitted request at once, one timeline entry per step", async () => {
    const r = await request("SUBMITTED");
    expect(await verifyAndProcess(w.actors.petugas, { id: r.id, version: r.version })).toEqual({ ok: true, version: r.version + 1 });
    expect(await events(r.id)).toEqual([
      { type: "request.verified", fromStatus: "SUBMITTED", toStatus: "VERIFIED", actorId: w.actors.petugas.userId, internal: false },
      { type: "request.processing", fromStatus: "VERIFIED", toStatus: "PROCESSING", actorId: w.actors.petugas.userId, internal: false },
    ]);
    expect(await verifyAndProcess(w.actors.petugas, { id: r.id, version: r.version + 1 })).toEqual({ ok: false, error: "invalid_transition" });
  });

  it("completes a desk request on the spot but never a web request, nor one waiting for a correction", async () => {
    const desk = await request("VERIFIED", { channel: "LOKET" });
    expect(await completeOnSpot(w.actors.petugas, { id: desk.id, version: desk.version })).toMatchObject({ ok: true });
    expect((await db.serviceRequest.findUniqueOrThrow({ where: { id: desk.id } })).status).toBe("COMPLETED");
    const web = await request("SUBMITTED");
    expect(await completeOnSpot(w.actors.petugas, { id: web.id, version: web.version })).toEqual({ ok: false, error: "invalid_transition" });
    const waiting = await request("NEEDS_CORRECTION", { channel: "LOKET" });
    expect(await completeOnSpot(w.actors.petugas, { id: waiting.id, version: waiting.version })).toEqual({ ok: false, error: "invalid_transition" });
    // Another office's staff: the request does not exist for them.
    expect(await completeOnSpot(w.actors.tengah, { id: waiting.id, version: waiting.version })).toEqual({ ok: false, error: "not_found" });
  });

  it("assigns the completer when nobody held the request, and keeps an existing assignee", async () => {
    const free = await request("PROCESSING");
    await completeRequest(w.actors.petugas, { id: free.id, version: free.version, pickupNote: "Ambil di loket 1" });
    expect((await db.serviceRequest.findUniqueOrThrow({ where: { id: free.id } })).assigneeId).toBe(w.actors.petugas.userId);
    const held = await request("PROCESSING", { assigneeId: w.users.lurah });
    await completeRequest(w.actors.petugas, { id: held.id, version: held.version, pickupNote: "Ambil di loket 1" });
    expect((await db.serviceRequest.findUniqueOrThrow({ where: { id: held.id } })).assigneeId).toBe(w.users.lurah);
  });
});

describe("notes and the stale-page guard", () => {
  it("adds a note from a stale page without a conflict and without making other pages stale", async () => {
    const r = await request("SUBMITTED");
    await verifyAndProcess(w.actors.petugas, { id: r.id, version: r.version }); // a colleague moved it on
    const stale = { id: r.id, version: r.version };
    expect(await addNote(w.actors.petugas, { ...stale, note: "Pemohon menelepon", internal: true })).toEqual({ ok: true, version: r.version + 1 });
    expect((await db.serviceRequest.findUniqueOrThrow({ where: { id: r.id } })).version).toBe(r.version + 1);
    // Status changes from the stale page still conflict: nothing is overwritten.
    expect(await completeOnSpot(w.actors.petugas, stale)).toEqual({ ok: false, error: "conflict" });
    expect(await addNote(w.actors.tengah, { ...stale, note: "x", internal: true })).toEqual({ ok: false, error: "not_found" });
  });
});

describe("hand-over (sudah diambil)", () => {
  it("records who handed over, when, and whose KTP; only once and only for a completed pick-up", async () => {
    const r = await request("PROCESSING");
    const done = await completeRequest(w.actors.petugas, { id: r.id, version: r.version, pickupNote: "Ambil di loket 1" });
    if (!done.ok) throw new Error(done.error);
    const other = handoverSchema.parse({ id: r.id, version: done.version, collector: "other", name: "Budi Santoso", nik: "3201 0112 0385 0001" });
    const now = new Date("2026-03-05T04:00:00Z");
    expect(await recordHandover(w.actors.petugas, other, now)).toEqual({ ok: true, version: done.version + 1 });
    expect(await db.serviceRequest.findUniqueOrThrow({ where: { id: r.id } })).toMatchObject({
      collectedAt: now, handedOverById: w.actors.petugas.userId, collectorName: "Budi Santoso", collectorNik: "3201011203850001",
    });
    expect(await recordHandover(w.actors.petugas, { ...other, version: done.version + 1 })).toEqual({ ok: false, error: "invalid_transition" });
    const open = await request("PROCESSING");
    expect(await recordHandover(w.actors.petugas, handoverSchema.parse({ id: open.id, version: open.version, collector: "self" }))).toEqual({ ok: false, error: "invalid_transition" });
  });

  it("wants a name and a valid NIK for someone else", () => {
    const bad = handoverSchema.safeParse({ id: "x", version: 1, collector: "other", name: "", nik: "123" });
    expect(bad.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["name", "required"], ["nik", "nik_length"]]);
  });
});

describe("next request", () => {
  it("offers the soonest-due open request of the actor's units that is theirs or nobody's", async () => {
    const soon = await makeRequest({ officeId: w.offices.pakansari.id, serviceId: w.services.pem, residentId: siti(), dueAt: new Date("2020-01-01T00:00:00Z") });
    await makeRequest({ officeId: w.offices.pakansari.id, serviceId: w.services.pem, residentId: siti(), dueAt: new Date("2019-01-01T00:00:00Z"), assigneeId: w.users.lurah });
    await makeRequest({ officeId: w.offices.pakansari.id, serviceId: w.services.ekbang, residentId: siti(), dueAt: new Date("2018-01-01T00:00:00Z") });
    expect(await nextOpenRequestId(w.actors.petugas, "none")).toBe(soon.id);
    expect(await nextOpenRequestId(w.actors.petugas, soon.id)).not.toBe(soon.id);
  });
});

describe("audit of views", () => {
  it("keeps one 'viewed' row per person and request within the window, however often the page refreshes", async () => {
    const r = await request("SUBMITTED");
    const views = (actorId?: string) => db.auditEvent.findMany({ where: { action: "request.personal_data_viewed", targetId: r.id, ...(actorId ? { actorId } : {}) } });
    for (let i = 0; i < 5; i++) await getRequestForStaff(w.actors.petugas, r.id);
    expect(await views()).toHaveLength(1);
    expect((await views())[0]).toMatchObject({ actorId: w.actors.petugas.userId, targetType: "request" });
    await getRequestForStaff(w.actors.lurah, r.id);
    expect(await views(w.actors.lurah.userId)).toHaveLength(1);
    // Once the window has passed, a view is a new look again.
    await db.auditEvent.updateMany({ where: { targetId: r.id, actorId: w.actors.petugas.userId }, data: { createdAt: new Date(Date.now() - 11 * 60_000) } });
    await getRequestForStaff(w.actors.petugas, r.id);
    expect(await views(w.actors.petugas.userId)).toHaveLength(2);
  });
});

describe("deactivating a colleague with open work", () => {
  it("warns with the count and hands the open requests over (or back to the unit queue), each on the timeline", async () => {
    const { openWorkOf } = await import("@/lib/admin/data/users");
    const { setUserActive } = await import("@/lib/admin/mutations/users");
    const held = await request("PROCESSING", { assigneeId: w.actors.rw.userId });
    const other = await makeRequest({ officeId: w.offices.pakansari.id, serviceId: w.services.ekbang, residentId: siti(), status: "SUBMITTED", assigneeId: w.actors.rw.userId });
    const work = await openWorkOf(w.actors.admin, w.actors.rw.userId);
    expect(work.openRequests).toBe(2);
    expect(work.colleagues.map((c) => c.id)).toContain(w.actors.petugas.userId);
    // Dewi (petugas) is in PEM but not EKBANG: the PEM request goes to her, the EKBANG one back to its queue.
    expect(await setUserActive(w.actors.admin, w.actors.rw.userId, false, w.actors.petugas.userId)).toEqual({ ok: true, moved: 1, released: 1 });
    expect((await db.serviceRequest.findUniqueOrThrow({ where: { id: held.id } })).assigneeId).toBe(w.actors.petugas.userId);
    expect((await db.serviceRequest.findUniqueOrThrow({ where: { id: other.id } })).assigneeId).toBeNull();
    expect((await events(held.id)).at(-1)).toMatchObject({ type: "request.assigned", internal: true, actorId: w.actors.admin.userId });
    expect((await openWorkOf(w.actors.admin, w.actors.rw.userId)).openRequests).toBe(0);
    // Another office's admin cannot do it.
    expect(await setUserActive(w.actors.tengah, w.actors.petugas.userId, false)).toMatchObject({ ok: false });
    await setUserActive(w.actors.admin, w.actors.rw.userId, true);
  });
});
