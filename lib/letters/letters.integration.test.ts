import { beforeAll, describe, expect, it } from "vitest";
import { buildWorld, db, makeRequest, type World } from "@/test/support/requests-world";
import { storeFor } from "@/lib/storage/store";
import { findTokenByNumberDate, getPublicLetter, reprintLetter } from "./data/letters";
import { approveLetter, generateLetter, returnLetter } from "./mutations/issue";
import { replaceLetter, revokeLetter } from "./mutations/revoke";
import { saveTemplate } from "./mutations/templates";
import { checkLetterFile, recordLetterView } from "./mutations/verify";

const ORIGIN = "https://layanan.example.go.id";
let w: World;

const template = (serviceId: string, extra: Partial<Parameters<typeof saveTemplate>[1]> = {}) => ({
  serviceId,
  code: "470",
  title: "Surat Keterangan Domisili",
  body: "Yang bertanda tangan di bawah ini menerangkan bahwa:\n\nNama: {nama}\nNIK: {nik}\nAlamat: {alamat}\n\nSurat ini dibuat untuk {keperluan} – dipergunakan sebagaimana mestinya.",
  signerPosition: "Lurah Pakansari",
  signerName: "Drs. Hendra Wijaya, M.Si.",
  signerNip: "197001011990031001",
  signPlace: "Cibinong",
  qrPlacement: "LEFT" as const,
  requiresApproval: true,
  ...extra,
});

async function processingRequest(serviceId = w.services.pem, officeId = w.offices.pakansari.id) {
  const r = await makeRequest({ officeId, serviceId, residentId: w.residents.siti.profileId, status: "PROCESSING" });
  await db.serviceRequest.update({ where: { id: r.id }, data: { data: { keperluan: "pembukaan rekening bank" } } });
  return r;
}

async function storedBytes(fileId: string) {
  const f = await db.storedFile.findUniqueOrThrow({ where: { id: fileId } });
  return (await storeFor(f.driver).get(f.key))!;
}

beforeAll(async () => {
  w = await buildWorld();
  expect(await saveTemplate(w.actors.admin, template(w.services.pem))).toEqual({ ok: true });
});

describe("templates", () => {
  it("refuses an unknown variable at save and names it", async () => {
    const result = await saveTemplate(w.actors.admin, template(w.services.ekbang, { body: "Usaha {nama_usaha} milik {nama}" }));
    expect(result).toMatchObject({ ok: false, error: "unknown_variables", fieldErrors: { body: "unknown_variables:nama_usaha" } });
    expect(await db.letterTemplate.count({ where: { serviceId: w.services.ekbang } })).toBe(0);
  });

  it("refuses another office's service", async () => {
    expect(await saveTemplate(w.actors.admin, template(w.services.tengah))).toEqual({ ok: false, error: "not_found" });
  });
});

describe("issuing with approval", () => {
  it("waits for the Lurah without a number, then gets number, QR token, file and hash", async () => {
    const r = await processingRequest();
    const draft = await generateLetter(w.actors.petugas, { id: r.id, version: r.version }, ORIGIN);
    expect(draft).toMatchObject({ ok: true, status: "PENDING_APPROVAL", number: null });
    if (!draft.ok) return;
    const pending = await db.letter.findUniqueOrThrow({ where: { id: draft.letterId } });
    expect(pending).toMatchObject({ number: null, token: null, fileId: null });
    expect((await db.serviceRequest.findUniqueOrThrow({ where: { id: r.id } })).status).toBe("PROCESSING");

    // Staff cannot approve; the Lurah can.
    expect(await approveLetter(w.actors.petugas, draft.letterId, ORIGIN)).toMatchObject({ ok: false, error: "forbidden" });
    const approved = await approveLetter(w.actors.lurah, draft.letterId, ORIGIN, new Date("2026-03-10T03:00:00Z"));
    expect(approved).toMatchObject({ ok: true, status: "FINAL", number: "470/001/PEM/III/2026" });
    const final = await db.letter.findUniqueOrThrow({ where: { id: draft.letterId } });
    expect(final.token).toMatch(/^[A-Za-z0-9_-]{24}$/);
    expect(final.verifyUrl).toBe(`${ORIGIN}/verifikasi/${final.token}`);
    const request = await db.serviceRequest.findUniqueOrThrow({ where: { id: r.id } });
    expect(request).toMatchObject({ status: "COMPLETED", resultFileId: final.fileId });
    const bytes = await storedBytes(final.fileId!);
    expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
    // A second approval finds nothing to approve.
    expect(await approveLetter(w.actors.lurah, draft.letterId, ORIGIN)).toMatchObject({ ok: false, error: "invalid_transition" });
  });

  it("returned letters carry the note and can be generated again", async () => {
    const r = await processingRequest();
    const draft = await generateLetter(w.actors.petugas, { id: r.id, version: r.version }, ORIGIN);
    if (!draft.ok) throw new Error(draft.error);
    expect(await generateLetter(w.actors.petugas, { id: r.id, version: r.version + 1 }, ORIGIN)).toMatchObject({ ok: false, error: "already_pending" });
    expect(await returnLetter(w.actors.lurah, draft.letterId, "Keperluan kurang jelas")).toEqual({ ok: true });
    expect(await db.letter.findUniqueOrThrow({ where: { id: draft.letterId } })).toMatchObject({ status: "RETURNED", returnNote: "Keperluan kurang jelas", number: null });
    const again = await generateLetter(w.actors.petugas, { id: r.id, version: r.version + 2 }, ORIGIN);
    expect(again).toMatchObject({ ok: true, status: "PENDING_APPROVAL" });
  });

  it("another office's staff cannot generate for the request", async () => {
    const r = await processingRequest();
    expect(await generateLetter(w.actors.tengah, { id: r.id, version: r.version }, ORIGIN)).toMatchObject({ ok: false, error: "not_found" });
  });
});

describe("numbers", () => {
  it("stay unique and gap-free per office and year under 50 concurrent issues", async () => {
    const T = w.offices.tengah;
    const admin = { ...w.actors.tengah, role: "ADMIN" as const };
    expect(await saveTemplate(admin, template(w.services.tengah, { requiresApproval: false, signerPosition: "Lurah Tengah" }))).toEqual({ ok: true });
    const requests = await Promise.all(Array.from({ length: 50 }, () => processingRequest(w.services.tengah, T.id)));
    const at = new Date("2027-02-01T03:00:00Z");
    const results = await Promise.all(requests.map((r) => generateLetter(w.actors.tengah, { id: r.id, version: r.version }, ORIGIN, at)));
    expect(results.every((x) => x.ok && x.status === "FINAL")).toBe(true);
    const letters = await db.letter.findMany({ where: { officeId: T.id, year: 2027 }, select: { seq: true, number: true } });
    expect(letters).toHaveLength(50);
    expect(letters.map((l) => l.seq).sort((a, b) => a! - b!)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    expect(new Set(letters.map((l) => l.number)).size).toBe(50);
    expect(letters.map((l) => l.number)).toContain("470/050/PEM/II/2027");
  }, 300_000);

  it("a reprint keeps the number and the bytes, even after the template changed", async () => {
    const r = await processingRequest();
    const draft = await generateLetter(w.actors.petugas, { id: r.id, version: r.version }, ORIGIN);
    if (!draft.ok) throw new Error(draft.error);
    const issued = await approveLetter(w.actors.lurah, draft.letterId, ORIGIN);
    if (!issued.ok) throw new Error(issued.error);
    const final = await db.letter.findUniqueOrThrow({ where: { id: draft.letterId } });
    await saveTemplate(w.actors.admin, template(w.services.pem, { title: "Surat Keterangan Domisili (baru)", signerName: "Pejabat Lain" }));
    const reprint = await reprintLetter(w.actors.petugas, draft.letterId);
    expect(reprint?.number).toBe(issued.number);
    expect(reprint?.pdf.equals(await storedBytes(final.fileId!))).toBe(true);
    expect(await db.letter.findUniqueOrThrow({ where: { id: draft.letterId } })).toMatchObject({ number: issued.number, sha256: final.sha256 });
    await saveTemplate(w.actors.admin, template(w.services.pem));
  });
});

describe("verification", () => {
  async function issuedLetter() {
    const r = await processingRequest();
    const draft = await generateLetter(w.actors.petugas, { id: r.id, version: r.version }, ORIGIN);
    if (!draft.ok) throw new Error(draft.error);
    await approveLetter(w.actors.lurah, draft.letterId, ORIGIN);
    return db.letter.findUniqueOrThrow({ where: { id: draft.letterId } });
  }

  it("shows a valid letter with masked name and NIK, by token and by number plus date", async () => {
    const l = await issuedLetter();
    const view = await getPublicLetter(l.token!);
    expect(view).toMatchObject({ status: "valid", number: l.number, subjectName: "S*** A*****", subjectNik: "3201••••••••0002", signerPosition: "Lurah Pakansari" });
    const day = new Date(l.issuedAt!.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
    expect(await findTokenByNumberDate(l.number!, day)).toBe(l.token);
    expect(await findTokenByNumberDate(l.number!, "2020-01-01")).toBeNull();
  });

  it("accepts the issued file and refuses it with one byte changed, counting each check", async () => {
    const l = await issuedLetter();
    const bytes = await storedBytes(l.fileId!);
    expect(await checkLetterFile(l.token!, bytes, "203.0.113.9")).toEqual({ same: true });
    const changed = Buffer.from(bytes);
    changed[Math.floor(changed.length / 2)] ^= 0x01;
    expect(await checkLetterFile(l.token!, changed, "203.0.113.9")).toEqual({ same: false });
    const after = await db.letter.findUniqueOrThrow({ where: { id: l.id }, include: { verifications: true } });
    expect(after.verifyCount).toBe(2);
    expect(after.verifications.map((v) => v.matched).sort()).toEqual([false, true]);
  });

  it("counts an opening of the public page by its token and method; an unknown token counts nothing", async () => {
    const l = await issuedLetter();
    expect(await recordLetterView(l.token!, "number", "203.0.113.9")).toBe(true);
    expect(await recordLetterView("x".repeat(24), "qr", "203.0.113.9")).toBe(false);
    const after = await db.letter.findUniqueOrThrow({ where: { id: l.id }, include: { verifications: true } });
    expect(after.verifyCount).toBe(1);
    expect(after.verifications.map((v) => [v.method, v.matched])).toEqual([["number", null]]);
  });

  it("a revoked letter verifies as revoked with its reason", async () => {
    const l = await issuedLetter();
    expect(await revokeLetter(w.actors.petugas, l.id, "Data alamat salah")).toMatchObject({ ok: false, error: "forbidden" });
    expect(await revokeLetter(w.actors.lurah, l.id, "Data alamat salah")).toEqual({ ok: true });
    expect(await getPublicLetter(l.token!)).toMatchObject({ status: "revoked", revokeReason: "Data alamat salah", replacement: null });
    expect(await revokeLetter(w.actors.lurah, l.id, "Lagi")).toMatchObject({ ok: false, error: "invalid_transition" });
    // The resident is told, once, with the reason (in-app here; outside channels go through the outbox).
    const told = await db.notification.findMany({ where: { event: "request.letter_revoked", targetId: l.requestId } });
    expect(told).toHaveLength(1);
    expect(told[0].vars).toMatchObject({ surat: l.number, alasan: "Data alamat salah", pengganti: "" });
  });

  it("a replaced letter points at the new number, which becomes the request's result", async () => {
    const l = await issuedLetter();
    const replaced = await replaceLetter(w.actors.admin, l.id, "Salah ketik nama", ORIGIN);
    if (!replaced.ok) throw new Error(replaced.error);
    expect(replaced.number).not.toBe(l.number);
    const old = await getPublicLetter(l.token!);
    expect(old).toMatchObject({ status: "replaced", replacement: { number: replaced.number } });
    const fresh = await db.letter.findUniqueOrThrow({ where: { id: replaced.letterId } });
    expect((await getPublicLetter(fresh.token!))?.status).toBe("valid");
    expect((await db.serviceRequest.findUniqueOrThrow({ where: { id: l.requestId } })).resultFileId).toBe(fresh.fileId);
    const told = await db.notification.findFirstOrThrow({ where: { event: "request.letter_revoked", targetId: l.requestId } });
    expect(told.vars).toMatchObject({ alasan: "Salah ketik nama", pengganti: `Surat pengganti: ${replaced.number}. ` });
  });
});
