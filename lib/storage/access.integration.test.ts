import { beforeAll, describe, expect, it } from "vitest";
import { loadActor } from "@/lib/auth/actor";
import type { Actor } from "@/lib/auth/types";
import { db } from "@/lib/db";
import { seedBase, type SeedContext } from "@/prisma/seed/base";
import { authorizeFileAccess, resultFileName } from "./access";
import { ingestUpload } from "./ingest";

let ctx: SeedContext;
const actors = {} as Record<"siti" | "budi" | "ahmad" | "petugas" | "lurah" | "petugasTengah", Actor>;
const pdf = Buffer.from("%PDF-1.4\n%%EOF\n");

beforeAll(async () => {
  ctx = await seedBase(db);
  const ids = { siti: ctx.residents.siti.userId, budi: ctx.residents.budi.userId, ahmad: ctx.residents.ahmad.userId, petugas: ctx.users.petugas, lurah: ctx.users.lurah, petugasTengah: ctx.users.petugasTengah };
  for (const [key, id] of Object.entries(ids)) actors[key as keyof typeof actors] = (await loadActor(id))!;
}, 60_000);

async function file(ownerId: string | null, officeId = ctx.offices.pakansari.id) {
  const result = await ingestUpload({ bytes: pdf, originalName: "x.pdf", accept: [], officeId, ownerId });
  if (!result.ok) throw new Error(result.error);
  return result.file.id;
}

describe("authorizeFileAccess", () => {
  it("complaint photos: the reporter and staff of the complaint's office, nobody else", async () => {
    const P = ctx.offices.pakansari;
    const category = await db.complaintCategory.create({ data: { officeId: P.id, slug: "jalan-rusak-uji", name: "Jalan Rusak" } });
    const complaint = await db.complaint.create({
      data: {
        officeId: P.id, ticket: "ADU-UJI-1", classification: "PENGADUAN", categoryId: category.id, title: "Jalan berlubang", description: "Lubang besar",
        privacy: "PUBLIK", reporterId: actors.siti.userId, verifyDueAt: new Date(),
      },
    });
    // Uploaded by someone else (e.g. staff adding a follow-up photo), so ownership does not decide.
    const fileId = await file(actors.petugas.userId);
    await db.complaintAttachment.create({ data: { complaintId: complaint.id, fileId } });
    expect(await authorizeFileAccess(actors.siti, fileId)).toMatchObject({ ok: true, reason: { kind: "resident_complaint" } });
    expect(await authorizeFileAccess(actors.lurah, fileId)).toMatchObject({ ok: true, reason: { kind: "staff_complaint" } });
    for (const outsider of [actors.budi, actors.ahmad, actors.petugasTengah, null]) {
      expect(await authorizeFileAccess(outsider, fileId)).toEqual({ ok: false, error: "not_found" });
    }
  });

  it("a file attached to nothing is its uploader's only; malformed ids are simply not found", async () => {
    const fileId = await file(actors.budi.userId);
    expect((await authorizeFileAccess(actors.budi, fileId)).ok).toBe(true);
    expect(await authorizeFileAccess(actors.siti, fileId)).toEqual({ ok: false, error: "not_found" });
    expect(await authorizeFileAccess(actors.lurah, fileId)).toEqual({ ok: false, error: "not_found" });
    expect(await authorizeFileAccess(actors.budi, "../../etc/passwd")).toEqual({ ok: false, error: "not_found" });
  });

  it("a request filed by Siti for Budi (same KK) is visible to both, and to its unit's staff", async () => {
    const P = ctx.offices.pakansari;
    const service = await db.service.create({
      data: { officeId: P.id, unitId: P.units.PEM, slug: "uji-akses", name: "Uji", summary: "Uji", procedure: ["a"], durationValue: 1, durationUnit: "WORKING_DAYS", product: "Surat", complaintInfo: "-",
        requirements: { create: [{ kind: "DOCUMENT", code: "ktp", label: "KTP" }] } },
      include: { requirements: true },
    });
    const request = await db.serviceRequest.create({
      data: { officeId: P.id, serviceId: service.id, unitId: P.units.PEM, residentId: actors.budi.residentId!, applicantId: actors.siti.userId, relation: "SPOUSE", status: "SUBMITTED" },
    });
    const fileId = await file(actors.siti.userId);
    await db.requestAttachment.create({ data: { requestId: request.id, requirementId: service.requirements[0].id, fileId } });
    expect((await authorizeFileAccess(actors.budi, fileId)).ok).toBe(true);
    expect((await authorizeFileAccess(actors.petugas, fileId)).ok).toBe(true);
    expect(await authorizeFileAccess(actors.ahmad, fileId)).toEqual({ ok: false, error: "not_found" });
    expect(await authorizeFileAccess(actors.petugasTengah, fileId)).toEqual({ ok: false, error: "not_found" });

    // The finished letter downloads under the service's name and the registration number, not "x.pdf".
    const resultId = await file(actors.petugas.userId);
    await db.serviceRequest.update({ where: { id: request.id }, data: { status: "COMPLETED", number: "PKS/2026/000024", resultFileId: resultId } });
    expect(await authorizeFileAccess(actors.budi, resultId)).toMatchObject({ ok: true, file: { downloadName: "Uji-PKS-2026-000024.pdf" } });
    expect(await authorizeFileAccess(actors.budi, fileId)).toMatchObject({ ok: true, file: { downloadName: "x.pdf" } });
  });

  it("result names keep letters of any script and drop what a file system dislikes", () => {
    expect(resultFileName("Surat Keterangan Domisili", "PKS/2026/000024", "hasil.PDF")).toBe("Surat-Keterangan-Domisili-PKS-2026-000024.pdf");
    expect(resultFileName("Surat Pengantar SKCK (Polres)", "PKS/2026/000001", "scan")).toBe("Surat-Pengantar-SKCK-Polres-PKS-2026-000001");
  });
});
