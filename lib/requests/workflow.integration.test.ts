import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/types";
import { ingestUpload } from "@/lib/storage/ingest";
import {
  addNote,
  assignRequest,
  completeRequest,
  rejectRequest,
  requestCorrection,
  startProcessing,
  verifyRequest,
} from "./mutations/staff/workflow";
import { listAssignees } from "./data/staff/detail";
import { buildWorld, db, makeRequest, type World } from "@/test/support/requests-world";
import type { MutationResult } from "./staff-result";

let w: World;
beforeAll(async () => {
  w = await buildWorld();
});

type Status = "SUBMITTED" | "VERIFIED" | "NEEDS_CORRECTION" | "PROCESSING" | "COMPLETED" | "REJECTED" | "CANCELLED";
const STATUSES: Status[] = ["SUBMITTED", "VERIFIED", "NEEDS_CORRECTION", "PROCESSING", "COMPLETED", "REJECTED", "CANCELLED"];

// Written out by hand (not derived from workflow.ts) so the test checks the machine, not itself.
const allowed: Record<string, { from: Status[]; to: Status; run: (a: Actor, t: { id: string; version: number }) => Promise<MutationResult> }> = {
  verify: { from: ["SUBMITTED"], to: "VERIFIED", run: (a, t) => verifyRequest(a, t) },
  requestCorrection: {
    from: ["SUBMITTED", "VERIFIED"],
    to: "NEEDS_CORRECTION",
    run: (a, t) => requestCorrection(a, { ...t, corrections: [{ requirementCode: "ktp", message: "Foto KTP buram, unggah ulang" }] }),
  },
  process: { from: ["VERIFIED"], to: "PROCESSING", run: (a, t) => startProcessing(a, t) },
  complete: { from: ["PROCESSING"], to: "COMPLETED", run: (a, t) => completeRequest(a, { ...t, pickupNote: "Ambil di loket 1, bawa KTP asli" }) },
  reject: {
    from: ["SUBMITTED", "VERIFIED", "NEEDS_CORRECTION", "PROCESSING"],
    to: "REJECTED",
    run: (a, t) => rejectRequest(a, { ...t, reason: "Bukan warga wilayah Kelurahan Pakansari" }),
  },
};

const pemRequest = (status: Status) =>
  makeRequest({ officeId: w.offices.pakansari.id, serviceId: w.services.pem, residentId: w.residents.siti.profileId, status });

describe("status transitions", () => {
  for (const [action, rule] of Object.entries(allowed)) {
    for (const from of STATUSES) {
      const valid = rule.from.includes(from);
      it(`${action} from ${from} is ${valid ? "allowed" : "refused"}`, async () => {
        const r = await pemRequest(from);
        const result = await rule.run(w.actors.petugas, { id: r.id, version: r.version });
        const after = await db.serviceRequest.findUniqueOrThrow({ where: { id: r.id }, include: { events: true } });
        if (valid) {
          expect(result).toEqual({ ok: true, version: r.version + 1 });
          expect(after.status).toBe(rule.to);
          expect(after.events).toHaveLength(1);
          expect(after.events[0]).toMatchObject({ actorId: w.actors.petugas.userId, fromStatus: from, toStatus: rule.to, internal: false });
        } else {
          expect(result).toEqual({ ok: false, error: "invalid_transition" });
          expect(after.status).toBe(from);
          expect(after.version).toBe(r.version);
          expect(after.events).toHaveLength(0);
        }
      });
    }
  }

  it("asking for corrections stores the list and pauses the SLA clock", async () => {
    const r = await pemRequest("VERIFIED");
    const now = new Date("2026-03-04T03:00:00Z");
    const result = await requestCorrection(
      w.actors.petugas,
      { id: r.id, version: r.version, note: "Mohon dilengkapi", corrections: [{ requirementCode: "ktp", message: "Foto KTP buram" }, { message: "Alamat tidak lengkap" }] },
      now,
    );
    expect(result.ok).toBe(true);
    const after = await db.serviceRequest.findUniqueOrThrow({ where: { id: r.id } });
    expect(after.pausedAt).toEqual(now);
    expect(after.corrections).toEqual([{ requirementCode: "ktp", message: "Foto KTP buram" }, { message: "Alamat tidak lengkap" }]);
  });

  it("refuses a correction pointing at a requirement the service does not have", async () => {
    const r = await pemRequest("SUBMITTED");
    const result = await requestCorrection(w.actors.petugas, { id: r.id, version: r.version, corrections: [{ requirementCode: "paspor", message: "Unggah paspor" }] });
    expect(result).toEqual({ ok: false, error: "invalid_input", fieldErrors: { "corrections.0.requirementCode": "unknown_requirement" } });
  });

  it("completes with a result PDF stored through the upload ingest", async () => {
    const r = await pemRequest("PROCESSING");
    const pdf = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
    const stored = await ingestUpload({ bytes: pdf, originalName: "surat.pdf", accept: ["application/pdf"], officeId: w.offices.pakansari.id, ownerId: w.actors.petugas.userId });
    expect(stored.ok).toBe(true);
    if (!stored.ok) return;
    const result = await completeRequest(w.actors.petugas, { id: r.id, version: r.version, resultFileId: stored.file.id });
    expect(result.ok).toBe(true);
    const after = await db.serviceRequest.findUniqueOrThrow({ where: { id: r.id } });
    expect(after).toMatchObject({ status: "COMPLETED", resultFileId: stored.file.id, pickupNote: null });
    expect(after.completedAt).not.toBeNull();
  });

  it("deletes the stored result PDF again when the completion is refused", async () => {
    const r = await pemRequest("PROCESSING");
    const pdf = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
    const stored = await ingestUpload({ bytes: pdf, originalName: "surat.pdf", accept: ["application/pdf"], officeId: w.offices.pakansari.id, ownerId: w.actors.petugas.userId });
    if (!stored.ok) throw new Error("not stored");
    // Someone else moved the request on meanwhile: the page's version is stale.
    const result = await completeRequest(w.actors.petugas, { id: r.id, version: r.version + 1, resultFileId: stored.file.id });
    expect(result.ok).toBe(false);
    expect(await db.storedFile.count({ where: { id: stored.file.id } })).toBe(0);
    expect((await db.serviceRequest.findUniqueOrThrow({ where: { id: r.id } })).status).toBe("PROCESSING");
  });

  it("records the rejection reason for the resident", async () => {
    const r = await pemRequest("SUBMITTED");
    await rejectRequest(w.actors.petugas, { id: r.id, version: r.version, reason: "Dokumen bukan milik pemohon" });
    const after = await db.serviceRequest.findUniqueOrThrow({ where: { id: r.id } });
    expect(after).toMatchObject({ status: "REJECTED", rejectReason: "Dokumen bukan milik pemohon" });
  });
});

describe("optimistic concurrency", () => {
  it("lets one of two simultaneous actions win and tells the other it conflicts", async () => {
    const r = await pemRequest("SUBMITTED");
    const target = { id: r.id, version: r.version };
    const [a, b] = await Promise.all([
      verifyRequest(w.actors.petugas, target),
      rejectRequest(w.actors.lurah, { ...target, reason: "Persyaratan tidak sesuai ketentuan" }),
    ]);
    const outcomes = [a, b].map((x) => (x.ok ? "ok" : x.error)).sort();
    expect(outcomes).toEqual(["conflict", "ok"]);
    const after = await db.serviceRequest.findUniqueOrThrow({ where: { id: r.id }, include: { events: true } });
    expect(after.version).toBe(r.version + 1);
    expect(after.events).toHaveLength(1);
  });

  it("refuses an action made from a stale page without changing anything", async () => {
    const r = await pemRequest("SUBMITTED");
    // A colleague's change (a note no longer counts: notes never conflict, see desk.integration.test.ts).
    expect((await assignRequest(w.actors.lurah, { id: r.id, version: r.version, assigneeId: w.actors.lurah.userId })).ok).toBe(true);
    const stale = await verifyRequest(w.actors.petugas, { id: r.id, version: r.version });
    expect(stale).toEqual({ ok: false, error: "conflict" });
    const after = await db.serviceRequest.findUniqueOrThrow({ where: { id: r.id } });
    expect(after.status).toBe("SUBMITTED");
  });
});

describe("assignment and notes", () => {
  it("assigns to a colleague of the unit and records who did it", async () => {
    const r = await pemRequest("SUBMITTED");
    const result = await assignRequest(w.actors.petugas, { id: r.id, version: r.version, assigneeId: w.actors.rw.userId });
    expect(result.ok).toBe(true);
    const after = await db.serviceRequest.findUniqueOrThrow({ where: { id: r.id }, include: { events: true } });
    expect(after.assigneeId).toBe(w.actors.rw.userId);
    expect(after.events[0]).toMatchObject({ type: "request.assigned", actorId: w.actors.petugas.userId, internal: true });
  });

  it("refuses assignees outside the unit or the office", async () => {
    const r = await pemRequest("SUBMITTED");
    expect(await assignRequest(w.actors.petugas, { id: r.id, version: r.version, assigneeId: w.actors.ekbang.userId })).toEqual({ ok: false, error: "invalid_assignee" });
    expect(await assignRequest(w.actors.petugas, { id: r.id, version: r.version, assigneeId: w.actors.tengah.userId })).toEqual({ ok: false, error: "invalid_assignee" });
    // Supervisors of the office may hold any request.
    expect((await assignRequest(w.actors.petugas, { id: r.id, version: r.version, assigneeId: w.actors.lurah.userId })).ok).toBe(true);
  });

  it("offers as assignees exactly the people the assignment accepts", async () => {
    const offered = (await listAssignees(w.actors.petugas, w.offices.pakansari.units.PEM)).map((u) => u.id);
    expect(offered).toEqual(expect.arrayContaining([w.actors.petugas.userId, w.actors.rw.userId, w.actors.lurah.userId, w.actors.admin.userId]));
    expect(offered).not.toContain(w.actors.ekbang.userId);
    expect(offered).not.toContain(w.actors.tengah.userId);
    const residents = await db.user.findMany({ where: { role: "RESIDENT" }, select: { id: true } });
    expect(offered.filter((id) => residents.some((u) => u.id === id))).toEqual([]);
  });

  it("refuses to assign a finished request", async () => {
    const r = await pemRequest("COMPLETED");
    expect(await assignRequest(w.actors.petugas, { id: r.id, version: r.version, assigneeId: w.actors.petugas.userId })).toEqual({ ok: false, error: "invalid_transition" });
  });

  it("keeps internal and public notes apart on the timeline", async () => {
    const r = await pemRequest("SUBMITTED");
    await addNote(w.actors.petugas, { id: r.id, version: r.version, note: "Pemohon kerabat pegawai", internal: true });
    await addNote(w.actors.petugas, { id: r.id, version: r.version + 1, note: "Berkas sedang kami periksa", internal: false });
    const events = await db.requestEvent.findMany({ where: { requestId: r.id }, orderBy: { id: "asc" } });
    expect(events.map((e) => [e.type, e.internal, e.note])).toEqual([
      ["request.note", true, "Pemohon kerabat pegawai"],
      ["request.note", false, "Berkas sedang kami periksa"],
    ]);
  });
});
