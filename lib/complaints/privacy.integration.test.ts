import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/types";
import { db } from "@/lib/db";
import { storeFor } from "@/lib/storage/store";
import type { SeedContext } from "@/prisma/seed/base";
import { complaintExportRows } from "./data/export";
import { getPublicStatistics, getPublicTracking } from "./data/public";
import { getComplaintForStaff, listComplaintQueue } from "./data/staff";
import { actor, content, photoWithGps, seedDemo } from "@/test/support/complaints-setup";
import { fileComplaint } from "./mutations/file";
import { revealReporter } from "./mutations/reveal";
import { completeComplaint, disposeComplaint, recordFollowUp, verifyComplaint } from "./mutations/workflow";

let ctx: SeedContext;
let siti: Actor, petugas: Actor, ekbang: Actor, admin: Actor, lurah: Actor, adminTengah: Actor;
let categoryId: string;
// Everything that could identify Siti Aminah.
let identity: string[];

const today = () => new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);

beforeAll(async () => {
  ctx = await seedDemo();
  [siti, petugas, ekbang, admin, lurah, adminTengah] = await Promise.all(
    [ctx.residents.siti.userId, ctx.users.petugas, ctx.users.petugasEkbang, ctx.users.admin, ctx.users.lurah, ctx.users.adminTengah].map(actor),
  );
  categoryId = (await db.complaintCategory.findFirstOrThrow({ where: { officeId: ctx.offices.pakansari.id, slug: "sampah" } })).id;
  identity = ["Siti Aminah", "3201014506900002", "081234560001", "siti@contoh.id", siti.userId, ctx.residents.siti.profileId];
});

function expectNoIdentity(value: unknown) {
  const text = JSON.stringify(value);
  for (const piece of identity) expect(text).not.toContain(piece);
}

async function collect<T>(gen: AsyncIterable<T>) {
  const out: T[] = [];
  for await (const row of gen) out.push(row);
  return out;
}

describe("Anonim complaints", () => {
  let id: string;
  let ticket: string;

  beforeAll(async () => {
    const filed = await fileComplaint(siti, content({ categoryId, privacy: "ANONIM", title: "Pungutan di loket sampah" }), [{ bytes: await photoWithGps() }]);
    if (!filed.ok) throw new Error(JSON.stringify(filed));
    ({ id, ticket } = filed);
    expectNoIdentity({ ticket: filed.ticket, id: "x" });
  });

  it("keeps the reporter out of the staff detail, queue and timeline", async () => {
    const detail = await getComplaintForStaff(petugas, id);
    expect(detail?.reporterHidden).toBe(true);
    expect(detail?.reporter).toBeNull();
    expect(detail?.events[0]).toMatchObject({ type: "complaint.submitted", actorName: null, byReporter: true });
    expectNoIdentity(detail);
    const queue = await listComplaintQueue(petugas, { q: ticket });
    expect(queue.rows.map((r) => r.ticket)).toEqual([ticket]);
    expectNoIdentity(queue);
    // Viewing an Anonim complaint is not a personal-data view: there is nothing personal in it.
    expect(await db.auditEvent.count({ where: { targetId: id, action: "complaint.personal_data_viewed" } })).toBe(0);
  });

  it("keeps the reporter out of every workflow result, the export and the public tracking", async () => {
    let version = 0;
    const steps = [
      () => verifyComplaint(petugas, { id, version, track: "SIMPLE", note: "Diterima" }),
      () => disposeComplaint(petugas, { id, version, unitId: ctx.offices.pakansari.units.EKBANG, instruction: "TINDAK_LANJUTI", dueDate: today() }),
      () => recordFollowUp(ekbang, { id, version, actionDate: today(), note: "Sudah ditertibkan bersama RT." }),
      () => completeComplaint(petugas, { id, version, note: "Selesai ditangani." }),
    ];
    for (const step of steps) {
      const result = await step();
      expect(result.ok).toBe(true);
      expectNoIdentity(result);
      if (result.ok) version = result.version;
    }
    const rows = await collect(complaintExportRows(petugas, { q: ticket }));
    expect(rows).toHaveLength(1);
    expect(rows[0].reporter).toBe("");
    expectNoIdentity(rows);
    const tracking = await getPublicTracking(ticket);
    expect(tracking?.status).toBe("COMPLETED");
    expect(tracking?.content).toBeNull();
    expect(tracking?.timeline.every((e) => e.note === null)).toBe(true);
    expectNoIdentity(tracking);
    expect(JSON.stringify(tracking)).not.toContain("Pungutan di loket");
  });

  it("stores the photo without its location or a telling file name", async () => {
    const attachment = await db.complaintAttachment.findFirstOrThrow({ where: { complaintId: id }, include: { file: true } });
    expect(attachment.file.originalName).toBe("foto-1.jpg");
    const bytes = await storeFor(attachment.file.driver).get(attachment.file.key);
    const meta = await sharp(bytes!).metadata();
    expect(meta.exif).toBeUndefined();
    expect(bytes!.includes(Buffer.from("Siti Aminah"))).toBe(false);
  });

  it("is revealed only to an admin of the office, and every reveal is audited", async () => {
    expect(await revealReporter(petugas, { id, reason: "Ingin menghubungi pelapor" })).toEqual({ ok: false, error: "forbidden" });
    expect(await revealReporter(lurah, { id, reason: "Ingin menghubungi pelapor" })).toEqual({ ok: false, error: "forbidden" });
    expect(await revealReporter(adminTengah, { id, reason: "Ingin menghubungi pelapor" })).toEqual({ ok: false, error: "not_found" });
    expect(await db.auditEvent.count({ where: { targetId: id, action: "complaint.reporter_revealed" } })).toBe(0);

    const revealed = await revealReporter(admin, { id, reason: "Verifikasi dugaan pungutan liar" });
    expect(revealed).toMatchObject({ ok: true, ticket, reporter: { name: "Siti Aminah", nik: "3201014506900002" } });
    const audit = await db.auditEvent.findMany({ where: { targetId: id, action: "complaint.reporter_revealed" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: admin.userId, officeId: ctx.offices.pakansari.id, targetType: "complaint" });
    expect(audit[0].details).toMatchObject({ ticket, reason: "Verifikasi dugaan pungutan liar" });
  });

  it("is still hidden from the admin's ordinary staff view", async () => {
    const detail = await getComplaintForStaff(admin, id);
    expect(detail?.reporter).toBeNull();
    expect(detail?.canReveal).toBe(true);
    expectNoIdentity(detail);
  });
});

describe("Rahasia and Publik complaints", () => {
  it("Rahasia: the public sees the status history only, never the content", async () => {
    const secret = "Tetangga membuang limbah oli ke selokan";
    const filed = await fileComplaint(siti, content({ categoryId, privacy: "RAHASIA", title: secret, description: `${secret} setiap malam di RT 03.` }));
    if (!filed.ok) throw new Error("filing failed");
    const detail = await getComplaintForStaff(petugas, filed.id);
    await verifyComplaint(petugas, { id: filed.id, version: detail!.version, track: "NO_INSPECTION", note: "Catatan verifikasi rahasia" });
    const tracking = await getPublicTracking(filed.ticket.toLowerCase());
    expect(tracking?.status).toBe("VERIFIED");
    expect(tracking?.timeline.map((e) => e.status)).toEqual(["SUBMITTED", "VERIFIED"]);
    const text = JSON.stringify(tracking);
    for (const hidden of [secret, "RT 03", "Catatan verifikasi rahasia", "Gg. Kenanga", ...identity]) expect(text).not.toContain(hidden);
    const stats = JSON.stringify(await getPublicStatistics(ctx.offices.pakansari.id));
    expect(stats).not.toContain(secret);
    expect(stats).not.toContain("Siti");
  });

  it("Publik: content and public notes are shown, the reporter is not; staff see the reporter and that is audited", async () => {
    const filed = await fileComplaint(siti, content({ categoryId, title: "Tumpukan sampah di pinggir kali" }));
    if (!filed.ok) throw new Error("filing failed");
    const tracking = await getPublicTracking(filed.ticket);
    expect(tracking?.content?.title).toBe("Tumpukan sampah di pinggir kali");
    expectNoIdentity(tracking);
    const detail = await getComplaintForStaff(petugas, filed.id);
    expect(detail?.reporter).toMatchObject({ name: "Siti Aminah", nik: "3201••••••••0002" });
    expect(await db.auditEvent.count({ where: { targetId: filed.id, action: "complaint.personal_data_viewed", actorId: petugas.userId } })).toBe(1);
  });

  it("statistics carry counts and category names only", async () => {
    const stats = await getPublicStatistics(ctx.offices.pakansari.id);
    expect(stats.received).toBeGreaterThanOrEqual(30);
    const titles = await db.complaint.findMany({ where: { officeId: ctx.offices.pakansari.id }, select: { title: true, description: true } });
    const text = JSON.stringify(stats);
    for (const t of titles) {
      expect(text).not.toContain(t.title);
      expect(text).not.toContain(t.description);
    }
  });

  it("an unknown or malformed ticket tracks nothing", async () => {
    expect(await getPublicTracking("ADU-PKS-1999-000001")).toBeNull();
    expect(await getPublicTracking("x' OR 1=1 --")).toBeNull();
  });
});
