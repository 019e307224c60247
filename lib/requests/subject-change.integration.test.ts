// Issue 17: changing who a request is for after the draft was begun — on a DRAFT freely (within the
// service's targets), in a correction only the other person's fields staff pointed at — without
// losing answers or files; a history entry and an audit row each time.
import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import { loadActor } from "@/lib/auth/actor";
import type { Actor } from "@/lib/auth/types";
import { db } from "@/lib/db";
import { ingestUpload } from "@/lib/storage/ingest";
import { seedBase, type SeedContext } from "@/prisma/seed/base";
import { seedCatalogue } from "@/prisma/seed/catalogue";
import { getSubjectEdit } from "./data/resident";
import { attachFile, discardDraft, resubmitRequest, saveDraftValues, startDraft, submitRequest } from "./mutations/resident";
import { requestCorrection } from "./mutations/staff/workflow";
import { changeSubject } from "./mutations/subject";
import { changeSubjectSchema } from "./schema";

let ctx: SeedContext;
let siti: Actor, budi: Actor, ahmad: Actor, petugas: Actor, petugasTengah: Actor;
let kematian: { id: string; officeId: string; requirements: { id: string; code: string; kind: string; required: boolean }[] };
let png: Buffer;
const sutrisno = { name: "Sutrisno", nik: "3201010101400001", relation: "Ayah" };
const sumarni = { subjectName: "Sumarni", subjectNik: "3201014101450002", subjectRelation: "Ibu" };

beforeAll(async () => {
  ctx = await seedBase(db);
  const catalogue = await seedCatalogue(db, ctx);
  [siti, budi, ahmad, petugas, petugasTengah] = await Promise.all(
    [ctx.residents.siti.userId, ctx.residents.budi.userId, ctx.residents.ahmad.userId, ctx.users.petugas, ctx.users.petugasTengah].map(async (id) => (await loadActor(id))!),
  );
  kematian = await db.service.findUniqueOrThrow({
    where: { id: catalogue.pakansari["surat-keterangan-kematian"] },
    select: { id: true, officeId: true, requirements: { where: { active: true }, select: { id: true, code: true, kind: true, required: true } } },
  });
  png = await sharp({ create: { width: 64, height: 48, channels: 3, background: "#8ac" } }).png().toBuffer();
}, 60_000);

/** The form's fields, parsed as the action does. */
const input = (requestId: string, form: Record<string, string>) => changeSubjectSchema.parse({ requestId, ...form });
const toOther = (requestId: string, v = sumarni) => input(requestId, { residentId: siti.residentId!, relation: "OUTSIDE_KK", ...v });

/** A complete death-certificate draft of Siti's for her father Sutrisno (outside her KK). */
async function completeDraft() {
  const started = await startDraft(siti, { serviceId: kematian.id, residentId: siti.residentId!, relation: "OUTSIDE_KK", subject: sutrisno });
  if (!started.ok) throw new Error(started.error);
  await saveDraftValues(siti, started.id, { tanggal_meninggal: "2026-11-20", tempat_meninggal: "Rumah", sebab_kematian: "Sakit biasa/tua" });
  for (const r of kematian.requirements.filter((r) => r.kind === "DOCUMENT" && r.required)) {
    const stored = await ingestUpload({ bytes: png, originalName: `${r.code}.png`, accept: [], officeId: kematian.officeId, ownerId: siti.userId });
    if (!stored.ok) throw new Error(stored.error);
    expect((await attachFile(siti, started.id, r.id, stored.file.id)).ok).toBe(true);
  }
  return started.id;
}

const row = (id: string) =>
  db.serviceRequest.findUniqueOrThrow({ where: { id }, select: { status: true, residentId: true, relation: true, subjectName: true, subjectNik: true, subjectRelation: true, data: true, attachments: { where: { current: true }, select: { id: true } } } });
const staffTarget = async (id: string) => ({ id, version: (await db.serviceRequest.findUniqueOrThrow({ where: { id }, select: { version: true } })).version });

describe("changing who a draft is for", () => {
  it("switches to another person, then to a KK member, keeping answers and files; history and audit record it", async () => {
    const id = await completeDraft();
    const before = await row(id);
    expect(await changeSubject(siti, toOther(id))).toEqual({ ok: true, changed: ["subjectName", "subjectNik", "subjectRelation"] });
    const after = await row(id);
    expect(after).toMatchObject({ relation: "OUTSIDE_KK", subjectName: "Sumarni", subjectNik: "3201014101450002", subjectRelation: "Ibu", data: before.data });
    expect(after.attachments).toEqual(before.attachments);

    // Budi, on Siti's KK, as her husband: the other person's fields are cleared.
    expect(await changeSubject(siti, input(id, { residentId: ctx.residents.budi.profileId, relation: "SPOUSE" }))).toMatchObject({ ok: true, changed: ["who", "subjectName", "subjectNik", "subjectRelation"] });
    expect(await row(id)).toMatchObject({ residentId: ctx.residents.budi.profileId, relation: "SPOUSE", subjectName: null, subjectNik: null, data: before.data });
    // The same choice again changes nothing and records nothing.
    expect(await changeSubject(siti, input(id, { residentId: ctx.residents.budi.profileId, relation: "SPOUSE" }))).toEqual({ ok: true, changed: [] });

    const events = await db.requestEvent.findMany({ where: { requestId: id, type: "request.subject_changed" }, orderBy: { createdAt: "asc" }, select: { internal: true, actorId: true, data: true } });
    expect(events).toHaveLength(2);
    expect(events[0]).toMatchObject({ internal: false, actorId: siti.userId, data: { before: { name: "Sutrisno", nik: "3201••••••••0001", subjectRelation: "Ayah" }, after: { name: "Sumarni", nik: "3201••••••••0002" } } });
    expect(events[1]!.data).toMatchObject({ fields: ["who", "subjectName", "subjectNik", "subjectRelation"], after: { relation: "SPOUSE", name: "Budi Santoso", nik: null } });
    // The full NIK is never in the history or the audit.
    expect(JSON.stringify(events)).not.toContain("3201014101450002");
    const audit = await db.auditEvent.findMany({ where: { action: "request.subject_changed", targetId: id }, select: { actorId: true, officeId: true, targetType: true, details: true } });
    expect(audit).toHaveLength(2);
    expect(audit[0]).toMatchObject({ actorId: siti.userId, officeId: siti.officeId, targetType: "request", details: { by: "applicant", status: "DRAFT" } });
    expect(JSON.stringify(audit)).not.toContain("3201014101450002");

    // Submitted for Budi: the target is checked again there (the service still allows KK members).
    expect((await submitRequest(siti, id)).ok).toBe(true);
    expect(await changeSubject(siti, toOther(id))).toEqual({ ok: false, error: "subject_locked" });
  });

  it("applies the start rules: the service's targets, own and household NIKs refused as another person", async () => {
    const id = await completeDraft();
    expect(await changeSubject(siti, input(id, { residentId: siti.residentId!, relation: "SELF" }))).toEqual({ ok: false, error: "target_not_allowed" });
    expect(await changeSubject(siti, toOther(id, { ...sumarni, subjectNik: "3201014506900002" }))).toEqual({ ok: false, error: "invalid", fieldErrors: { subjectNik: "subject_is_self" } });
    expect(await changeSubject(siti, toOther(id, { ...sumarni, subjectNik: "3201011203850001" }))).toEqual({ ok: false, error: "invalid", fieldErrors: { subjectNik: "subject_in_household" } });
    // Ahmad is not on Siti's KK: "not found", as at start.
    expect(await changeSubject(siti, input(id, { residentId: ctx.residents.ahmad.profileId, relation: "OTHER_KK" }))).toEqual({ ok: false, error: "not_found" });
    // Another draft of hers is already for Sumarni: that one is continued, not a second made.
    const sumarniDraft = await startDraft(siti, { serviceId: kematian.id, residentId: siti.residentId!, relation: "OUTSIDE_KK", subject: { name: "Sumarni", nik: sumarni.subjectNik, relation: "Ibu" } });
    if (!sumarniDraft.ok) throw new Error(sumarniDraft.error);
    expect(await changeSubject(siti, toOther(id))).toEqual({ ok: false, error: "invalid", fieldErrors: { subjectNik: "draft_exists" } });
    await discardDraft(siti, sumarniDraft.id);
    const budiDraft = await startDraft(siti, { serviceId: kematian.id, residentId: ctx.residents.budi.profileId, relation: "SPOUSE" });
    if (!budiDraft.ok) throw new Error(budiDraft.error);
    expect(await changeSubject(siti, input(id, { residentId: ctx.residents.budi.profileId, relation: "SPOUSE" }))).toEqual({ ok: false, error: "draft_exists" });
    await discardDraft(siti, budiDraft.id);
    expect((await row(id)).subjectName).toBe("Sutrisno");
    await discardDraft(siti, id);
  });

  it("is refused to other residents, to the subject's KK members and to staff of any office", async () => {
    const id = await completeDraft();
    for (const other of [budi, ahmad]) expect(await changeSubject(other, toOther(id))).toEqual({ ok: false, error: "not_found" });
    for (const staff of [petugas, petugasTengah]) expect(await changeSubject(staff, toOther(id))).toEqual({ ok: false, error: "forbidden" });
    expect(await getSubjectEdit(budi, id)).toBeNull();
    expect((await getSubjectEdit(siti, id))?.scope).toEqual({ mode: "draft" });
    expect((await row(id)).subjectName).toBe("Sutrisno");
    await discardDraft(siti, id);
  });
});

describe("a correction that points at the other person", () => {
  async function sentBackFor(codes: (string | undefined)[]) {
    const id = await completeDraft();
    expect((await submitRequest(siti, id)).ok).toBe(true);
    const asked = await requestCorrection(petugas, { ...(await staffTarget(id)), corrections: codes.map((c) => ({ requirementCode: c, message: "NIK tidak sesuai dengan KTP almarhum" })) });
    expect(asked.ok).toBe(true);
    return id;
  }

  it("lets the resident fix only the pointed field, and holds the resubmission until they did", async () => {
    const id = await sentBackFor(["subjectNik"]);
    const edit = await getSubjectEdit(siti, id);
    expect(edit?.scope).toEqual({ mode: "correction", fields: ["subjectNik"] });
    expect(edit?.subjectCorrections).toEqual([{ field: "subjectNik", message: "NIK tidak sesuai dengan KTP almarhum", pending: true }]);

    expect(await resubmitRequest(siti, id)).toEqual({ ok: false, error: "subject_pending", fieldErrors: { subjectNik: "fix_subject" } });
    // The name was not pointed at: a changed name is ignored, and the unchanged NIK is refused at its field.
    expect(await changeSubject(siti, toOther(id, { subjectName: "Orang Lain", subjectNik: sutrisno.nik, subjectRelation: "Ayah" }))).toEqual({ ok: false, error: "invalid", fieldErrors: { subjectNik: "unchanged" } });
    // Another person altogether is not a correction.
    expect(await changeSubject(siti, input(id, { residentId: ctx.residents.budi.profileId, relation: "SPOUSE" }))).toEqual({ ok: false, error: "invalid", fieldErrors: { relation: "relation_mismatch" } });
    expect(await changeSubject(siti, toOther(id, { subjectName: "Orang Lain", subjectNik: "3201014506900002", subjectRelation: "Ayah" }))).toEqual({ ok: false, error: "invalid", fieldErrors: { subjectNik: "subject_is_self" } });

    expect(await changeSubject(siti, toOther(id, { subjectName: "Orang Lain", subjectNik: "3201010101400009", subjectRelation: "Paman" }))).toEqual({ ok: true, changed: ["subjectNik"] });
    expect(await row(id)).toMatchObject({ status: "NEEDS_CORRECTION", subjectName: "Sutrisno", subjectNik: "3201010101400009", subjectRelation: "Ayah" });
    expect((await getSubjectEdit(siti, id))?.subjectCorrections[0]?.pending).toBe(false);
    expect(await resubmitRequest(siti, id)).toEqual({ ok: true });
    expect(await changeSubject(siti, toOther(id))).toEqual({ ok: false, error: "subject_locked" });
    const audit = await db.auditEvent.findFirst({ where: { action: "request.subject_changed", targetId: id }, select: { details: true } });
    expect(audit?.details).toMatchObject({ fields: ["subjectNik"], status: "NEEDS_CORRECTION" });
  });

  it("a correction about documents only leaves who the request is for alone", async () => {
    const id = await sentBackFor(["ktp_almarhum"]);
    expect((await getSubjectEdit(siti, id))?.scope).toBeNull();
    expect(await changeSubject(siti, toOther(id, { ...sumarni, subjectNik: "3201010101400009" }))).toEqual({ ok: false, error: "subject_locked" });
  });

  it("staff may point at the other person's fields only on a request about someone outside the KK", async () => {
    const forBudi = await startDraft(siti, { serviceId: kematian.id, residentId: ctx.residents.budi.profileId, relation: "SPOUSE" });
    if (!forBudi.ok) throw new Error(forBudi.error);
    await db.serviceRequest.update({ where: { id: forBudi.id }, data: { status: "SUBMITTED", number: "SKK/2026/990001", submittedAt: new Date(), dueAt: new Date(Date.now() + 86_400_000) } });
    expect(await requestCorrection(petugas, { ...(await staffTarget(forBudi.id)), corrections: [{ requirementCode: "subjectNik", message: "NIK salah" }] }))
      .toEqual({ ok: false, error: "invalid_input", fieldErrors: { "corrections.0.requirementCode": "unknown_requirement" } });
    // Staff of another office do not reach the request at all.
    const id = await completeDraft();
    expect((await submitRequest(siti, id)).ok).toBe(true);
    expect(await requestCorrection(petugasTengah, { ...(await staffTarget(id)), corrections: [{ requirementCode: "subjectNik", message: "NIK salah" }] })).toMatchObject({ ok: false, error: "not_found" });
  });
});
