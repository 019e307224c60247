import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { loadActor } from "@/lib/auth/actor";
import type { Actor } from "@/lib/auth/types";
import { recordAudit, recordView } from "@/lib/audit/log";
import { seedBase, type SeedContext } from "../../../prisma/seed/base";
import { seedCatalogue } from "../../../prisma/seed/catalogue";
import { seedClient } from "../../../prisma/seed/client";
import { getResidentForStaff } from "../data";
import { collectOwnData, listOwnAccessLog, listPrivacyRequests } from "./data";
import { answerPrivacyRequest, createPrivacyRequest, escalateOverduePrivacyRequests } from "./mutations";

let seed: SeedContext;
let siti: Actor, budi: Actor, petugas: Actor, admin: Actor, adminTengah: Actor;

beforeAll(async () => {
  const client = seedClient();
  seed = await seedBase(client);
  await seedCatalogue(client, seed);
  await client.$disconnect();
  [siti, budi, petugas, admin, adminTengah] = await Promise.all(
    [seed.residents.siti.userId, seed.residents.budi.userId, seed.users.petugas, seed.users.admin, seed.users.adminTengah].map(async (id) => (await loadActor(id))!),
  );
});

describe("resident privacy panel", () => {
  it("a resident sees the audit rows about themselves, with the staff member's name, role and office, and never rows about others", async () => {
    await getResidentForStaff(petugas, seed.residents.siti.profileId); // audited view of Siti
    await getResidentForStaff(petugas, seed.residents.siti.profileId); // a refresh: the same view, no new row
    await getResidentForStaff(petugas, seed.residents.budi.profileId); // audited view of Budi (same KK)
    await recordAudit(siti, "resident.updated", { type: "resident", id: seed.residents.siti.profileId }, { by: "self" }); // her own change: not listed
    const own = await listOwnAccessLog(siti);
    expect(own.rows).toHaveLength(1);
    expect(own.rows[0]).toMatchObject({ action: "resident.viewed", actorName: "Dewi Lestari", actorRole: "STAFF", officeName: "Kelurahan Pakansari" });
    const other = await listOwnAccessLog(budi);
    expect(other.rows).toHaveLength(1);
    expect(other.rows[0].id).not.toBe(own.rows[0].id);
    // Staff have no "own" access log.
    expect((await listOwnAccessLog(petugas)).rows).toEqual([]);
  });

  it("views of her request (page and file) are listed under the request, in the audit log's target vocabulary", async () => {
    const service = await db.service.findFirstOrThrow({ where: { officeId: seed.offices.pakansari.id }, select: { id: true, unitId: true } });
    const request = await db.serviceRequest.create({
      data: { officeId: seed.offices.pakansari.id, serviceId: service.id, unitId: service.unitId, number: "PKS/2026/990001", residentId: seed.residents.siti.profileId, applicantId: siti.userId, status: "SUBMITTED", data: {} },
      select: { id: true },
    });
    await recordView(petugas, "request.personal_data_viewed", { type: "ServiceRequest", id: request.id }, { number: "PKS/2026/990001" });
    await recordView(petugas, "request.file_viewed", { type: "ServiceRequest", id: request.id }, { fileId: "f1" });
    const actions = (await listOwnAccessLog(siti)).rows.map((r) => r.action);
    expect(actions).toEqual(expect.arrayContaining(["request.personal_data_viewed", "request.file_viewed"]));
    expect((await listOwnAccessLog(budi)).rows.map((r) => r.action)).not.toContain("request.personal_data_viewed");
  });

  it("the download holds the resident's own data only", async () => {
    const data = await collectOwnData(siti);
    expect(data?.profile.nik).toBe("3201014506900002");
    expect(JSON.stringify(data)).not.toContain("3201011203850001");
    expect(await collectOwnData(petugas)).toBeNull();
  });

  it("a deletion request's clock runs in hours, not working days, and reaches only its office's admin", async () => {
    // Friday 1 May 2026 17:00 WIB, a public holiday, before a weekend: due Monday 17:00 WIB.
    const created = await createPrivacyRequest(siti, { kind: "DELETION", details: "Mohon hapus akun saya." }, new Date("2026-05-01T10:00:00Z"));
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    const row = await db.privacyRequest.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.dueAt.toISOString()).toBe("2026-05-04T10:00:00.000Z");
    expect(await createPrivacyRequest(siti, { kind: "DELETION", details: "Sekali lagi." })).toEqual({ ok: false, error: "already_open" });
    // The office admin is told in the same transaction; no one at another office is.
    const alerts = await db.notification.findMany({ where: { event: "work.privacy_request" }, select: { userId: true, link: true } });
    expect(alerts).toEqual([{ userId: admin.userId, link: "/admin/privasi" }]);
    expect((await listPrivacyRequests(admin)).map((r) => r.id)).toContain(created.id);
    expect(await listPrivacyRequests(adminTengah)).toEqual([]);
    expect(await listPrivacyRequests(petugas)).toEqual([]);
    expect((await listPrivacyRequests(budi)).map((r) => r.id)).not.toContain(created.id);
    expect(await answerPrivacyRequest(adminTengah, { requestId: created.id, status: "DONE", answer: "Sudah dihapus." })).toEqual({ ok: false, error: "not_found" });
  });

  it("deleting closes the account and clears contacts but keeps the records the office must keep", async () => {
    const request = await db.privacyRequest.findFirstOrThrow({ where: { userId: siti.userId, kind: "DELETION" } });
    expect(await answerPrivacyRequest(admin, { requestId: request.id, status: "DONE", answer: "Akun ditutup; arsip layanan disimpan." })).toEqual({ ok: true });
    const user = await db.user.findUniqueOrThrow({ where: { id: siti.userId } });
    expect(user).toMatchObject({ active: false, email: null, phone: null });
    const profile = await db.residentProfile.findUniqueOrThrow({ where: { id: seed.residents.siti.profileId } });
    expect(profile).toMatchObject({ nik: "3201014506900002", phone: null, email: null });
    expect(profile.consentWithdrawnAt).toBeInstanceOf(Date);
  });

  it("an unanswered request past its 72 hours is escalated to the office's supervisor once", async () => {
    const created = await createPrivacyRequest(budi, { kind: "CORRECTION", details: "Tempat lahir saya salah." }, new Date("2026-05-01T10:00:00Z"));
    expect(created.ok).toBe(true);
    expect(await escalateOverduePrivacyRequests(new Date("2026-05-04T09:59:00Z"))).toBe(0); // one minute before the 72 hours
    expect(await escalateOverduePrivacyRequests(new Date("2026-05-04T10:01:00Z"))).toBe(1);
    expect(await escalateOverduePrivacyRequests(new Date("2026-05-04T11:00:00Z"))).toBe(0); // not twice
    const alerts = await db.notification.findMany({ where: { event: "work.privacy_overdue" }, select: { userId: true } });
    expect(alerts).toEqual([{ userId: seed.users.lurah }]);
  });
});
