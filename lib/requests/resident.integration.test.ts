import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import { loadActor } from "@/lib/auth/actor";
import type { Actor } from "@/lib/auth/types";
import { db } from "@/lib/db";
import { seedBase } from "@/prisma/seed/base";
import { seedCatalogue } from "@/prisma/seed/catalogue";
import { auditFileView, authorizeFileAccess } from "@/lib/storage/access";
import { ingestUpload } from "@/lib/storage/ingest";
import { getOwnRequest, listOwnRequests } from "./data/resident";
import {
  attachFile,
  cancelRequest,
  confirmReceipt,
  discardDraft,
  resubmitRequest,
  saveDraftValues,
  startDraft,
  submitRequest,
} from "./mutations/resident";

let siti: Actor, budi: Actor, ahmad: Actor, petugas: Actor, ekbang: Actor, petugasTengah: Actor;
let domisili: { id: string; officeId: string; requirements: { id: string; code: string; kind: string; required: boolean }[] };
let png: Buffer;
// Monday 2 March 2026, 09:00 WIB: a plain working day.
const monday9 = new Date("2026-03-02T02:00:00Z");

beforeAll(async () => {
  const ctx = await seedBase(db);
  const catalogue = await seedCatalogue(db, ctx);
  const actor = async (id: string) => (await loadActor(id))!;
  siti = await actor(ctx.residents.siti.userId);
  budi = await actor(ctx.residents.budi.userId);
  ahmad = await actor(ctx.residents.ahmad.userId);
  petugas = await actor(ctx.users.petugas);
  ekbang = await actor(ctx.users.petugasEkbang);
  petugasTengah = await actor(ctx.users.petugasTengah);
  domisili = await db.service.findUniqueOrThrow({
    where: { id: catalogue.pakansari["surat-keterangan-domisili"] },
    select: { id: true, officeId: true, requirements: { select: { id: true, code: true, kind: true, required: true } } },
  });
  png = await sharp({ create: { width: 64, height: 48, channels: 3, background: "#8ac" } }).png().toBuffer();
}, 60_000);

async function upload(actor: Actor, requestId: string, code: string) {
  const requirement = domisili.requirements.find((r) => r.code === code)!;
  const stored = await ingestUpload({ bytes: png, originalName: `${code}.png`, accept: [], officeId: domisili.officeId, ownerId: actor.userId });
  if (!stored.ok) throw new Error(stored.error);
  const attached = await attachFile(actor, requestId, requirement.id, stored.file.id);
  expect(attached.ok).toBe(true);
  return stored.file.id;
}

/** A complete Domisili draft for Siti, ready to submit. */
async function completeDraft(actor = siti) {
  const started = await startDraft(actor, { serviceId: domisili.id, residentId: actor.residentId!, relation: "SELF" });
  if (!started.ok) throw new Error(started.error);
  // Discard any resumed draft state: each test wants a fresh one.
  const id = started.id;
  await saveDraftValues(actor, id, { alamat_domisili: "Jl. Melati No. 7 RT 003/RW 005", lama_tinggal: "12", keperluan: "Membuka rekening bank" });
  for (const code of ["pengantar_rt_rw", "fotokopi_ktp", "fotokopi_kk"]) await upload(actor, id, code);
  return id;
}

describe("resident request flow", () => {
  it("starts drafts only for the resident and people on the same KK", async () => {
    const forBudi = await startDraft(siti, { serviceId: domisili.id, residentId: budi.residentId!, relation: "SPOUSE" });
    expect(forBudi.ok).toBe(true);
    const again = await startDraft(siti, { serviceId: domisili.id, residentId: budi.residentId!, relation: "SPOUSE" });
    expect(again).toMatchObject({ ok: true, resumed: true });
    expect(await startDraft(siti, { serviceId: domisili.id, residentId: ahmad.residentId!, relation: "OTHER_KK" })).toEqual({ ok: false, error: "not_found" });
    expect((await startDraft(siti, { serviceId: domisili.id, residentId: siti.residentId!, relation: "CHILD" })).ok).toBe(false);
    expect(await startDraft(petugas, { serviceId: domisili.id, residentId: siti.residentId!, relation: "SELF" })).toEqual({ ok: false, error: "forbidden" });
    // Budi does not see Siti's unsent draft made for him.
    if (forBudi.ok) expect(await getOwnRequest(budi, forBudi.id)).toBeNull();
  });

  it("refuses to submit an incomplete draft and says what is missing", async () => {
    const started = await startDraft(budi, { serviceId: domisili.id, residentId: budi.residentId!, relation: "SELF" });
    if (!started.ok) throw new Error();
    await saveDraftValues(budi, started.id, { lama_tinggal: "dua", evil: "x" });
    const result = await submitRequest(budi, started.id, monday9);
    expect(result).toMatchObject({ ok: false, error: "incomplete" });
    if (!result.ok) {
      expect(result.fieldErrors).toMatchObject({ alamat_domisili: "required", lama_tinggal: "number_invalid", fotokopi_ktp: "required" });
      expect(result.fieldErrors).not.toHaveProperty("scan_tanda_tangan"); // optional
    }
    const stored = await db.serviceRequest.findUniqueOrThrow({ where: { id: started.id } });
    expect(stored.data).toEqual({ lama_tinggal: "dua" });
    expect(stored.status).toBe("DRAFT");
    await discardDraft(budi, started.id);
  });

  it("a file replaced while drafting is gone, not a previous version", async () => {
    const id = await completeDraft();
    const first = await upload(siti, id, "fotokopi_kk");
    await upload(siti, id, "fotokopi_kk");
    const kk = domisili.requirements.find((r) => r.code === "fotokopi_kk")!;
    const rows = await db.requestAttachment.findMany({ where: { requestId: id, requirementId: kk.id }, select: { current: true } });
    expect(rows).toEqual([{ current: true }]);
    expect(await db.storedFile.findUnique({ where: { id: first } })).toBeNull();
    await discardDraft(siti, id);
  });

  it("submits: registration number, due date on the office calendar, timeline", async () => {
    const id = await completeDraft();
    const result = await submitRequest(siti, id, monday9);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.number).toMatch(/^PKS\/2026\/\d{6}$/);
    // 1 working day: closing time (15:00 WIB) of Tuesday.
    expect(result.dueAt.toISOString()).toBe("2026-03-03T08:00:00.000Z");
    expect(await submitRequest(siti, id, monday9)).toEqual({ ok: false, error: "invalid_transition" });
    const mine = await getOwnRequest(siti, id);
    expect(mine?.events.map((e) => e.toStatus).sort()).toEqual(["DRAFT", "SUBMITTED"]);
  });

  it("a retried submission (same idempotency key) answers the first one's number, even racing it", async () => {
    const id = await completeDraft();
    const key = `submit-${crypto.randomUUID()}`;
    // Two copies of the same tap in flight at once (e.g. a retry on the other app instance).
    const [a, b] = await Promise.all([submitRequest(siti, id, monday9, key), submitRequest(siti, id, monday9, key)]);
    expect(a.ok && b.ok).toBe(true);
    if (!a.ok || !b.ok) return;
    expect(b.number).toBe(a.number);
    expect(b.dueAt.toISOString()).toBe(a.dueAt.toISOString());
    // Much later, the phone's third try still gets the same answer; one submission on record.
    expect(await submitRequest(siti, id, monday9, key)).toEqual(a);
    expect(await db.requestEvent.count({ where: { requestId: id, type: "request.submitted" } })).toBe(1);
    // Without the key (a different tap), a second submit is refused as before.
    expect(await submitRequest(siti, id, monday9)).toEqual({ ok: false, error: "invalid_transition" });
    // The key is the caller's own: another resident replaying it learns nothing.
    expect(await submitRequest(budi, id, monday9, key)).toMatchObject({ ok: false });
  });

  it("a key whose first try was refused (incomplete) works once the draft is complete", async () => {
    const started = await startDraft(siti, { serviceId: domisili.id, residentId: siti.residentId!, relation: "SELF" });
    if (!started.ok) throw new Error("no draft");
    const key = `submit-${crypto.randomUUID()}`;
    expect(await submitRequest(siti, started.id, monday9, key)).toMatchObject({ ok: false, error: "incomplete" });
    await discardDraft(siti, started.id);
    const id = await completeDraft();
    const done = await submitRequest(siti, id, monday9, key);
    expect(done.ok).toBe(true);
  });

  it("gives 50 racing submissions for one office 50 distinct, consecutive numbers", async () => {
    const ids: string[] = [];
    for (let i = 0; i < 50; i++) {
      const row = await db.serviceRequest.create({
        data: {
          officeId: domisili.officeId, serviceId: domisili.id, unitId: (await db.service.findUniqueOrThrow({ where: { id: domisili.id } })).unitId,
          residentId: siti.residentId!, applicantId: siti.userId, status: "DRAFT",
          data: { alamat_domisili: "Jl. Melati 7", lama_tinggal: "3", keperluan: "Bank" },
        },
      });
      ids.push(row.id);
    }
    const files = await Promise.all(
      ["pengantar_rt_rw", "fotokopi_ktp", "fotokopi_kk"].map(async (code) => {
        const stored = await ingestUpload({ bytes: png, originalName: "a.png", accept: [], officeId: domisili.officeId, ownerId: siti.userId });
        return { requirementId: domisili.requirements.find((r) => r.code === code)!.id, fileId: stored.ok ? stored.file.id : "" };
      }),
    );
    await db.requestAttachment.createMany({ data: ids.flatMap((requestId) => files.map((f) => ({ requestId, ...f }))) });
    const at = new Date("2027-02-01T02:00:00Z"); // a fresh year: numbering starts at 1
    const results = await Promise.all(ids.map((id) => submitRequest(siti, id, at)));
    const numbers = results.map((r) => (r.ok ? r.number : r.error));
    expect(new Set(numbers).size).toBe(50);
    expect([...numbers].sort()).toEqual(Array.from({ length: 50 }, (_, i) => `PKS/2027/${String(i + 1).padStart(6, "0")}`));
  }, 60_000);

  it("never shows another resident's request or file, nor to staff outside the unit or office", async () => {
    const id = await completeDraft();
    await submitRequest(siti, id, monday9);
    const fileId = (await db.requestAttachment.findFirstOrThrow({ where: { requestId: id } })).fileId;

    expect(await getOwnRequest(ahmad, id)).toBeNull();
    expect(await saveDraftValues(ahmad, id, { keperluan: "x" })).toEqual({ ok: false, error: "not_found" });
    expect(await cancelRequest(ahmad, id)).toEqual({ ok: false, error: "not_found" });
    expect(await confirmReceipt(ahmad, id)).toEqual({ ok: false, error: "not_found" });
    expect((await listOwnRequests(ahmad, {})).items.map((r) => r.id)).not.toContain(id);
    // Budi shares the KK but this request is Siti's own: not his to see.
    expect(await getOwnRequest(budi, id)).toBeNull();

    for (const outsider of [null, ahmad, budi, petugasTengah, ekbang]) {
      expect(await authorizeFileAccess(outsider, fileId)).toEqual({ ok: false, error: "not_found" });
    }
    expect(await authorizeFileAccess(siti, fileId)).toMatchObject({ ok: true, reason: { kind: "owner" } });
    const staffAccess = await authorizeFileAccess(petugas, fileId);
    expect(staffAccess).toMatchObject({ ok: true, reason: { kind: "staff_request", requestId: id } });
    // Staff opening a resident's document leaves an audit trail (UU 27/2022); the resident's own view does not.
    if (staffAccess.ok) await auditFileView(petugas, staffAccess);
    const ownAccess = await authorizeFileAccess(siti, fileId);
    if (ownAccess.ok) await auditFileView(siti, ownAccess);
    const audits = await db.auditEvent.findMany({ where: { targetId: id } });
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ action: "request.file_viewed", actorId: petugas.userId, targetType: "request", details: { fileId } });
    expect(await authorizeFileAccess(siti, "doesnotexist000")).toEqual({ ok: false, error: "not_found" });
  });

  it("cancels before processing, not after", async () => {
    const id = await completeDraft();
    await submitRequest(siti, id, monday9);
    expect(await cancelRequest(siti, id, "Sudah tidak perlu")).toEqual({ ok: true });
    expect(await cancelRequest(siti, id)).toEqual({ ok: false, error: "invalid_transition" });
    const row = await getOwnRequest(siti, id);
    expect(row?.status).toBe("CANCELLED");
    expect(row?.events.at(-1)).toMatchObject({ toStatus: "CANCELLED", note: "Sudah tidak perlu" });

    const other = await completeDraft();
    await submitRequest(siti, other, monday9);
    await db.serviceRequest.update({ where: { id: other }, data: { status: "PROCESSING" } });
    expect(await cancelRequest(siti, other)).toEqual({ ok: false, error: "invalid_transition" });
  });

  it("correction round trip: flagged file must be replaced, old version kept, clock resumes", async () => {
    const id = await completeDraft();
    await submitRequest(siti, id, monday9);
    // What the back office does when asking for corrections: the SLA pauses (Tuesday 10:00 WIB in
    // this scenario's calendar); the event is stamped with the real clock, like the uploads.
    const pausedAt = new Date("2026-03-03T03:00:00Z");
    const askedAt = new Date();
    await db.serviceRequest.update({
      where: { id },
      data: { status: "NEEDS_CORRECTION", pausedAt, corrections: [{ requirementCode: "fotokopi_ktp", message: "Foto KTP buram" }, { message: "Lengkapi alamat" }] },
    });
    await db.requestEvent.create({ data: { requestId: id, actorId: petugas.userId, type: "request.correction_requested", fromStatus: "SUBMITTED", toStatus: "NEEDS_CORRECTION", note: "Mohon perbaiki", createdAt: askedAt } });
    await db.requestEvent.create({ data: { requestId: id, actorId: petugas.userId, type: "request.note", note: "rahasia: cek ke RT", internal: true, createdAt: askedAt } });

    const seen = await getOwnRequest(siti, id);
    expect(seen?.corrections).toEqual([{ requirementCode: "fotokopi_ktp", message: "Foto KTP buram" }, { requirementCode: null, message: "Lengkapi alamat" }]);
    expect(seen?.events.some((e) => e.note?.includes("rahasia"))).toBe(false);

    const thursday = new Date("2026-03-05T02:00:00Z");
    expect(await resubmitRequest(siti, id, thursday)).toEqual({ ok: false, error: "corrections_pending", fieldErrors: { fotokopi_ktp: "replace_file" } });
    await saveDraftValues(siti, id, { alamat_domisili: "Jl. Melati No. 7A RT 003/RW 005" });
    // A first try that she replaces again before sending is not a version the office ever saw.
    const firstTry = await upload(siti, id, "fotokopi_ktp");
    await upload(siti, id, "fotokopi_ktp");
    expect(await db.storedFile.findUnique({ where: { id: firstTry } })).toBeNull();
    expect(await resubmitRequest(siti, id, thursday)).toEqual({ ok: true });

    const after = await db.serviceRequest.findUniqueOrThrow({ where: { id }, include: { attachments: { include: { requirement: true } } } });
    expect(after.status).toBe("SUBMITTED");
    expect(after.corrections).toBeNull();
    expect(after.pausedAt).toBeNull();
    // Waiting Tuesday → Thursday = 2 working days added to Tuesday's due date.
    expect(after.dueAt?.toISOString()).toBe("2026-03-05T08:00:00.000Z");
    const ktp = after.attachments.filter((a) => a.requirement.code === "fotokopi_ktp");
    expect(ktp.map((a) => a.current).sort()).toEqual([false, true]);
    expect(await resubmitRequest(siti, id, thursday)).toEqual({ ok: false, error: "invalid_transition" });
  });

  it("completed: result visible to the resident only then, receipt confirmed once", async () => {
    const id = await completeDraft();
    await submitRequest(siti, id, monday9);
    const result = await ingestUpload({ bytes: Buffer.from("%PDF-1.4\n%%EOF\n"), originalName: "sk.pdf", accept: ["application/pdf"], officeId: domisili.officeId, ownerId: petugas.userId });
    if (!result.ok) throw new Error();
    await db.serviceRequest.update({ where: { id }, data: { status: "PROCESSING", resultFileId: result.file.id } });
    expect(await authorizeFileAccess(siti, result.file.id)).toEqual({ ok: false, error: "not_found" });
    expect((await getOwnRequest(siti, id))?.resultFile).toBeNull();
    expect(await confirmReceipt(siti, id)).toEqual({ ok: false, error: "invalid_transition" });

    await db.serviceRequest.update({ where: { id }, data: { status: "COMPLETED", completedAt: new Date() } });
    expect(await authorizeFileAccess(siti, result.file.id)).toMatchObject({ ok: true });
    expect(await authorizeFileAccess(ahmad, result.file.id)).toEqual({ ok: false, error: "not_found" });
    expect((await getOwnRequest(siti, id))?.resultFile?.id).toBe(result.file.id);
    expect(await confirmReceipt(siti, id)).toEqual({ ok: true });
    expect(await confirmReceipt(siti, id)).toEqual({ ok: false, error: "invalid_transition" });
    const row = await db.serviceRequest.findUniqueOrThrow({ where: { id }, select: { receivedAt: true } });
    expect(row.receivedAt).not.toBeNull();
  });

  it("pages the history and filters by status", async () => {
    const all = await listOwnRequests(siti, { pageSize: 5 });
    expect(all.items).toHaveLength(5);
    expect(all.prev).toBeNull();
    const page2 = await listOwnRequests(siti, { pageSize: 5, after: all.next });
    expect(page2.items[0].id).not.toBe(all.items[0].id);
    const back = await listOwnRequests(siti, { pageSize: 5, before: page2.prev });
    expect(back.items.map((r) => r.id)).toEqual(all.items.map((r) => r.id));
    const cancelled = await listOwnRequests(siti, { status: "CANCELLED" });
    expect(cancelled.items.every((r) => r.status === "CANCELLED")).toBe(true);
    expect(cancelled.items.length).toBeGreaterThan(0);
  });
});
