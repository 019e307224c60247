import { beforeAll, describe, expect, it } from "vitest";
import { loadActor } from "@/lib/auth/actor";
import type { Actor } from "@/lib/auth/types";
import { db } from "@/lib/db";
import { seedBase, type SeedContext } from "@/prisma/seed/base";
import { getPublicService, listAdminServices, listServiceRevisions } from "./data";
import { createService, moveRequirement, saveRequirement, setRequirementActive, setServiceActive, updateService } from "./mutations";
import { requirementSchema, serviceSchema } from "./schema";
import { diffSnapshots } from "./snapshot";

let ctx: SeedContext;
let admin: Actor, adminTengah: Actor, petugas: Actor;

beforeAll(async () => {
  ctx = await seedBase(db);
  admin = (await loadActor(ctx.users.admin))!;
  adminTengah = (await loadActor(ctx.users.adminTengah))!;
  petugas = (await loadActor(ctx.users.petugas))!;
}, 60_000);

const serviceInput = (unitId: string, over: Record<string, unknown> = {}) =>
  serviceSchema.parse({
    name: "Surat Keterangan Belum Menikah", slug: "sk-belum-menikah", summary: "Keterangan status belum kawin.", unitId,
    procedure: "Ajukan\nVerifikasi\nTanda tangan", durationValue: "1", durationUnit: "WORKING_DAYS", feeRupiah: "0",
    product: "Surat Keterangan", complaintInfo: "Menu Pengaduan", legalBasis: "", digitalResult: true, requiresVerifiedAccount: false, subjectTargets: ["SELF", "HOUSEHOLD"], ...over,
  });

describe("catalogue admin", () => {
  it("keeps who changed what and when, and only within the admin's office", async () => {
    const created = await createService(admin, serviceInput(ctx.offices.pakansari.units.PEM));
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    const id = created.id;

    expect(await updateService(admin, id, serviceInput(ctx.offices.pakansari.units.PEM, { feeRupiah: "10000" }))).toEqual({ ok: true });
    const req = await saveRequirement(admin, id, null, requirementSchema.parse({
      kind: "DOCUMENT", code: "fotokopi_ktp", label: "Fotokopi KTP", description: "", required: true, fieldType: null, options: "",
      acceptTypes: ["image/jpeg"], maxSizeKb: "2048", example: "",
    }));
    expect(req.ok).toBe(true);
    const field = await saveRequirement(admin, id, null, requirementSchema.parse({
      kind: "FIELD", code: "keperluan", label: "Keperluan", description: "", required: true, fieldType: "CHOICE", options: "Kerja\nSekolah",
      acceptTypes: [], maxSizeKb: "5120", example: "",
    }));
    expect(field.ok).toBe(true);
    if (!field.ok) return;
    expect(await moveRequirement(admin, id, field.id, "up")).toEqual({ ok: true });
    // Same code twice is refused at the field.
    const dup = await saveRequirement(admin, id, null, requirementSchema.parse({
      kind: "FIELD", code: "keperluan", label: "X", description: "", required: true, fieldType: "TEXT", options: "", acceptTypes: [], maxSizeKb: "5120", example: "",
    }));
    expect(dup).toEqual({ ok: false, error: "invalid", fieldErrors: { code: "taken" } });
    // Saving the same content again records nothing new.
    expect(await updateService(admin, id, serviceInput(ctx.offices.pakansari.units.PEM, { feeRupiah: "10000" }))).toEqual({ ok: true });

    // Another office's admin and staff cannot touch it.
    expect(await updateService(adminTengah, id, serviceInput(ctx.offices.tengah.units.PEM))).toEqual({ ok: false, error: "not_found" });
    expect(await setServiceActive(petugas, id, false)).toEqual({ ok: false, error: "forbidden" });
    expect(await listServiceRevisions(adminTengah, id)).toBeNull();
    expect((await listAdminServices(adminTengah)).map((s) => s.id)).not.toContain(id);
    // A unit of another office is refused.
    expect(await updateService(admin, id, serviceInput(ctx.offices.tengah.units.PEM))).toMatchObject({ ok: false, fieldErrors: { unitId: "required" } });

    const history = await listServiceRevisions(admin, id);
    const revs = history!.revisions;
    expect(revs).toHaveLength(5); // created, fee, +ktp, +keperluan, reorder
    expect(revs.every((r) => r.actor?.name === "Rina Operator")).toBe(true);
    const chronological = [...revs].reverse();
    expect(diffSnapshots(chronological[0].snapshot, chronological[1].snapshot)).toMatchObject([{ kind: "service", field: "feeRupiah" }]);
    // Issue 17: catalogue changes are in the admin audit log too, named by the service.
    const audits = await db.auditEvent.findMany({ where: { targetType: "service", targetId: id }, orderBy: { id: "asc" }, select: { action: true, officeId: true } });
    expect(audits.map((a) => a.action)).toEqual(["service.created", "service.updated", "service.requirements_changed", "service.requirements_changed", "service.reordered"]);
    expect(diffSnapshots(chronological[1].snapshot, chronological[2].snapshot)).toEqual([{ kind: "requirement_added", code: "fotokopi_ktp", label: "Fotokopi KTP" }]);
    expect(chronological[4].snapshot.requirements.map((r) => r.code)).toEqual(["keperluan", "fotokopi_ktp"]);

    // Public page shows it; deactivating the service or a requirement hides them.
    expect((await getPublicService("kelurahan-pakansari", "sk-belum-menikah"))?.requirements.map((r) => r.code)).toEqual(["keperluan", "fotokopi_ktp"]);
    expect(await setRequirementActive(admin, id, field.id, false)).toEqual({ ok: true });
    expect((await getPublicService("kelurahan-pakansari", "sk-belum-menikah"))?.requirements.map((r) => r.code)).toEqual(["fotokopi_ktp"]);
    expect(await setServiceActive(admin, id, false)).toEqual({ ok: true });
    expect(await getPublicService("kelurahan-pakansari", "sk-belum-menikah")).toBeNull();
    expect((await listServiceRevisions(admin, id))!.revisions).toHaveLength(7);
  });

  it("records 'for whom' in the history with before → after, audits it and shows it on the public standard", async () => {
    const created = await createService(admin, serviceInput(ctx.offices.pakansari.units.PEM, { slug: "sk-kematian-uji", name: "SK Kematian uji" }));
    if (!created.ok) throw new Error(created.error);
    expect((await getPublicService("kelurahan-pakansari", "sk-kematian-uji"))?.subjectTargets).toEqual(["SELF", "HOUSEHOLD"]);
    // Ticked in another order: stored in the canonical one.
    expect(await updateService(admin, created.id, serviceInput(ctx.offices.pakansari.units.PEM, { slug: "sk-kematian-uji", name: "SK Kematian uji", subjectTargets: ["OTHER", "HOUSEHOLD"] }))).toEqual({ ok: true });
    const revs = (await listServiceRevisions(admin, created.id))!.revisions;
    expect(revs[0].changes).toEqual([{ kind: "service", field: "subjectTargets", before: ["SELF", "HOUSEHOLD"], after: ["HOUSEHOLD", "OTHER"] }]);
    expect(revs[0].summary).toBe("subjectTargets");
    const audit = await db.auditEvent.findFirstOrThrow({ where: { targetType: "service", targetId: created.id, action: "service.updated" }, select: { details: true } });
    expect(audit.details).toMatchObject({ changes: "subjectTargets" });
    expect((await getPublicService("kelurahan-pakansari", "sk-kematian-uji"))?.subjectTargets).toEqual(["HOUSEHOLD", "OTHER"]);
  });

  it("refuses a slug already used in the office", async () => {
    const a = await createService(admin, serviceInput(ctx.offices.pakansari.units.PEM, { slug: "dup-slug" }));
    expect(a.ok).toBe(true);
    expect(await createService(admin, serviceInput(ctx.offices.pakansari.units.PEM, { slug: "dup-slug" }))).toEqual({ ok: false, error: "invalid", fieldErrors: { slug: "taken" } });
    // The same slug in another office is fine.
    expect((await createService(adminTengah, serviceInput(ctx.offices.tengah.units.PEM, { slug: "dup-slug" }))).ok).toBe(true);
  });

  it("pages a long history and calls only the very first revision \"created\"", async () => {
    const made = await createService(admin, serviceInput(ctx.offices.pakansari.units.PEM, { slug: "sk-panjang" }));
    if (!made.ok) throw new Error("service not created");
    for (let fee = 1; fee <= 29; fee++) {
      expect(await updateService(admin, made.id, serviceInput(ctx.offices.pakansari.units.PEM, { slug: "sk-panjang", feeRupiah: String(fee * 1000) }))).toEqual({ ok: true });
    }
    const first = (await listServiceRevisions(admin, made.id))!;
    expect(first.revisions).toHaveLength(25);
    expect(first.prev).toBeNull();
    // The oldest revision on the first page is a fee change, not the creation.
    expect(first.revisions.some((r) => r.created)).toBe(false);
    expect(first.revisions.at(-1)!.changes).toMatchObject([{ kind: "service", field: "feeRupiah" }]);
    const second = (await listServiceRevisions(admin, made.id, { after: first.next }))!;
    expect(second.revisions).toHaveLength(5);
    expect(second.next).toBeNull();
    expect(second.revisions.map((r) => r.created)).toEqual([false, false, false, false, true]);
    // Back from the second page gives the first page again.
    const back = (await listServiceRevisions(admin, second.service.id, { before: second.prev }))!;
    expect(back.revisions.map((r) => r.id)).toEqual(first.revisions.map((r) => r.id));
  });
});
