// Issue 17 "for whom": a service says who it may be requested for; a request about a person
// outside the applicant's KK carries that person's name and NIK, and letters use them.
import { beforeAll, describe, expect, it } from "vitest";
import { loadActor } from "@/lib/auth/actor";
import type { Actor } from "@/lib/auth/types";
import { db } from "@/lib/db";
import { valuesForRequest } from "@/lib/letters/data/render-input";
import { seedBase, type SeedContext } from "@/prisma/seed/base";
import { seedCatalogue } from "@/prisma/seed/catalogue";
import { getOwnRequest } from "./data/resident";
import { getRequestForStaff } from "./data/staff/detail";
import { listQueue } from "./data/staff/queue";
import { discardDraft, startDraft, submitRequest } from "./mutations/resident";
import { parseQueueFilters } from "./staff-schema";
import { startRequestSchema } from "./schema";

let ctx: SeedContext;
let siti: Actor, budi: Actor, ahmad: Actor, petugas: Actor;
let kematian: string, domisili: string;
const sutrisno = { name: "Sutrisno", nik: "3201010101400001", relation: "Ayah" };

beforeAll(async () => {
  ctx = await seedBase(db);
  const catalogue = await seedCatalogue(db, ctx);
  [siti, budi, ahmad, petugas] = await Promise.all(
    [ctx.residents.siti.userId, ctx.residents.budi.userId, ctx.residents.ahmad.userId, ctx.users.petugas].map(async (id) => (await loadActor(id))!),
  );
  kematian = catalogue.pakansari["surat-keterangan-kematian"];
  domisili = catalogue.pakansari["surat-keterangan-domisili"];
}, 60_000);

const forOther = (serviceId: string, subject = sutrisno) => startDraft(siti, { serviceId, residentId: siti.residentId!, relation: "OUTSIDE_KK", subject });

describe("who a request may be for", () => {
  it("stores a death certificate for a person outside the KK with that person, on the applicant's own profile", async () => {
    const started = await forOther(kematian);
    if (!started.ok) throw new Error(started.error);
    const row = await db.serviceRequest.findUniqueOrThrow({ where: { id: started.id }, select: { residentId: true, applicantId: true, relation: true, subjectName: true, subjectNik: true, subjectRelation: true } });
    expect(row).toEqual({ residentId: siti.residentId, applicantId: siti.userId, relation: "OUTSIDE_KK", subjectName: "Sutrisno", subjectNik: "3201010101400001", subjectRelation: "Ayah" });
    // Starting again for the same person resumes that draft; another person gets their own.
    expect(await forOther(kematian)).toEqual({ ok: true, id: started.id, resumed: true });
    const second = await forOther(kematian, { name: "Sumarni", nik: "3201014101450002", relation: "Ibu" });
    expect(second).toMatchObject({ ok: true, resumed: false });
    if (second.ok) await discardDraft(siti, second.id);
    expect((await getOwnRequest(siti, started.id))?.subjectName).toBe("Sutrisno");
    await discardDraft(siti, started.id);
  });

  it("refuses SELF for a death certificate, and an own or household NIK as 'another person'", async () => {
    expect(await startDraft(siti, { serviceId: kematian, residentId: siti.residentId!, relation: "SELF" })).toEqual({ ok: false, error: "target_not_allowed" });
    expect(await forOther(kematian, { ...sutrisno, nik: "3201014506900002" })).toEqual({ ok: false, error: "invalid", fieldErrors: { subjectNik: "subject_is_self" } });
    expect(await forOther(kematian, { ...sutrisno, nik: "3201011203850001" })).toEqual({ ok: false, error: "invalid", fieldErrors: { subjectNik: "subject_in_household" } });
    // A KK member is still allowed, chosen from the household list.
    const member = await startDraft(siti, { serviceId: kematian, residentId: ctx.residents.budi.profileId, relation: "SPOUSE" });
    expect(member.ok).toBe(true);
    if (member.ok) await discardDraft(siti, member.id);
  });

  it("a SELF-only service refuses a household member and another person, at start and again at submission", async () => {
    await db.service.update({ where: { id: domisili }, data: { subjectTargets: ["SELF"] } });
    expect(await startDraft(siti, { serviceId: domisili, residentId: ctx.residents.budi.profileId, relation: "SPOUSE" })).toEqual({ ok: false, error: "target_not_allowed" });
    expect(await forOther(domisili)).toEqual({ ok: false, error: "target_not_allowed" });
    const own = await startDraft(siti, { serviceId: domisili, residentId: siti.residentId!, relation: "SELF" });
    expect(own.ok).toBe(true);
    if (own.ok) await discardDraft(siti, own.id);

    // A draft begun while the service still allowed KK members is held at submission.
    await db.service.update({ where: { id: domisili }, data: { subjectTargets: ["SELF", "HOUSEHOLD"] } });
    const draft = await startDraft(siti, { serviceId: domisili, residentId: ctx.residents.budi.profileId, relation: "SPOUSE" });
    if (!draft.ok) throw new Error(draft.error);
    await db.service.update({ where: { id: domisili }, data: { subjectTargets: ["SELF"] } });
    expect(await submitRequest(siti, draft.id)).toEqual({ ok: false, error: "target_not_allowed" });
    await db.service.update({ where: { id: domisili }, data: { subjectTargets: ["SELF", "HOUSEHOLD"] } });
    await discardDraft(siti, draft.id);
  });

  it("the submitted request shows the other person to staff (masked in the queue) and in the letter, and to no other resident", async () => {
    // Siti for her father Sutrisno, who is not on her KK (sent: staff never see drafts).
    const started = await forOther(kematian);
    if (!started.ok) throw new Error(started.error);
    const seeded = await db.serviceRequest.update({
      where: { id: started.id }, data: { status: "SUBMITTED", number: "SKK/2026/900001", submittedAt: new Date(), dueAt: new Date(Date.now() + 86_400_000) },
      select: { id: true, officeId: true, number: true },
    });
    const detail = await getRequestForStaff(petugas, seeded.id);
    expect(detail).toMatchObject({ relation: "OUTSIDE_KK", subjectName: "Sutrisno", subjectNik: "3201010101400001", subjectRelation: "Ayah" });

    const queue = await listQueue(petugas, parseQueueFilters({ status: "all", q: seeded.number! }), { limit: 10 });
    expect(queue.rows.find((r) => r.id === seeded.id)).toMatchObject({ subjectName: "Sutrisno", subjectNikMasked: "3201••••••••0001" });
    expect(JSON.stringify(queue.rows)).not.toContain("3201010101400001");

    const letter = await db.$transaction((tx) => valuesForRequest(tx, seeded.officeId, seeded.id));
    expect(letter?.subject).toEqual({ name: "Sutrisno", nik: "3201010101400001" });
    expect(letter?.values).toMatchObject({ nama_subjek: "Sutrisno", nik_subjek: "3201010101400001", hubungan_subjek: "Ayah", nama: "Siti Aminah" });

    // Budi is on Siti's KK but neither applied nor is the subject; Ahmad is of another office.
    expect(await getOwnRequest(siti, seeded.id)).not.toBeNull();
    expect(await getOwnRequest(budi, seeded.id)).toBeNull();
    expect(await getOwnRequest(ahmad, seeded.id)).toBeNull();
  });
});

describe("startRequestSchema", () => {
  const base = { serviceId: "s1", residentId: "r1" };
  it("asks for the other person's name, a valid NIK and the relationship", () => {
    const r = startRequestSchema.safeParse({ ...base, relation: "OUTSIDE_KK", subjectName: " ", subjectNik: "1234", subjectRelation: "" });
    expect(r.success).toBe(false);
    expect(Object.fromEntries((r.error?.issues ?? []).map((i) => [i.path.join("."), i.message]))).toEqual({ subjectName: "required", subjectNik: "nik_length", subjectRelation: "subject_relation_required" });
  });
  it("keeps the subject tidy and drops it for a KK target", () => {
    expect(startRequestSchema.parse({ ...base, relation: "OUTSIDE_KK", subjectName: "  Sutrisno  bin Karto ", subjectNik: "3201 0101 0140 0001", subjectRelation: "Ayah" }).subject)
      .toEqual({ name: "Sutrisno bin Karto", nik: "3201010101400001", relation: "Ayah" });
    expect(startRequestSchema.parse({ ...base, relation: "SPOUSE", subjectName: "x" }).subject).toBeNull();
  });
});
