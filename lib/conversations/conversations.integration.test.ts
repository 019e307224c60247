// Conversations against the real database: scoping of every read and write, internal notes never
// in a resident's query, Anonim reporters never revealed, read markers and unread counts.
import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import { loadActor } from "@/lib/auth/actor";
import type { Actor } from "@/lib/auth/types";
import { db } from "@/lib/db";
import { authorizeFileAccess } from "@/lib/storage/access";
import { seedBase } from "@/prisma/seed/base";
import { seedCatalogue } from "@/prisma/seed/catalogue";
import { cannedAnswersFor, getThread, listInbox, listResidentConversations, messagesAfter, threadIdFor, unreadCount } from "./data";
import {
  assignConversation,
  deleteCannedAnswer,
  ensureComplaintThread,
  ensureRequestThread,
  markRead,
  postMessage,
  saveCannedAnswer,
  setConversationStatus,
  startHelp,
  startVisitorHelp,
} from "./mutations";
import { cannedSchema } from "./schema";

let siti: Actor, budi: Actor, ahmad: Actor, petugas: Actor, ekbang: Actor, petugasTengah: Actor, admin: Actor, lurah: Actor;
let requestId: string, complaintId: string, officeId: string;
let png: Buffer;

const text = (body: string) => ({ body, internal: false, uploads: [] });
const all = { view: "all" as const };

beforeAll(async () => {
  const ctx = await seedBase(db);
  const catalogue = await seedCatalogue(db, ctx);
  const actor = async (id: string) => ({ ...(await loadActor(id))!, ip: "127.0.0.1", userAgent: "vitest" });
  siti = await actor(ctx.residents.siti.userId);
  budi = await actor(ctx.residents.budi.userId);
  ahmad = await actor(ctx.residents.ahmad.userId);
  petugas = await actor(ctx.users.petugas);
  ekbang = await actor(ctx.users.petugasEkbang);
  petugasTengah = await actor(ctx.users.petugasTengah);
  admin = await actor(ctx.users.admin);
  lurah = await actor(ctx.users.lurah);
  officeId = ctx.offices.pakansari.id;
  const service = await db.service.findUniqueOrThrow({ where: { id: catalogue.pakansari["surat-keterangan-domisili"] }, select: { id: true, unitId: true } });
  requestId = (
    await db.serviceRequest.create({
      data: {
        officeId, serviceId: service.id, unitId: service.unitId, number: "PKS/2026/000777", residentId: ctx.residents.siti.profileId,
        applicantId: siti.userId, status: "NEEDS_CORRECTION", submittedAt: new Date(), dueAt: new Date("2026-12-10T08:00:00Z"),
        corrections: [{ message: "Foto KTP buram" }],
      },
    })
  ).id;
  const category = await db.complaintCategory.create({ data: { officeId, slug: "jalan", name: "Jalan dan Drainase" } });
  complaintId = (
    await db.complaint.create({
      data: {
        officeId, ticket: "ADU-PKS-2026-000999", classification: "PENGADUAN", categoryId: category.id, title: "Jalan berlubang",
        description: "Jalan berlubang di depan rumah", privacy: "ANONIM", reporterId: siti.userId, verifyDueAt: new Date(),
      },
    })
  ).id;
  png = await sharp({ create: { width: 40, height: 30, channels: 3, background: "#c84" } }).png().toBuffer();
}, 60_000);

describe("request threads", () => {
  it("opens from both sides, one thread per request, and is a 404 outside the request's reach", async () => {
    const a = await ensureRequestThread(siti, requestId);
    const b = await ensureRequestThread(petugas, requestId);
    expect(a).toMatchObject({ ok: true });
    expect(b).toEqual(a);
    // Another resident (same KK, not the applicant), another office, a unit that does not handle it.
    expect(await ensureRequestThread(budi, requestId)).toEqual({ ok: false, error: "not_found" });
    expect(await ensureRequestThread(petugasTengah, requestId)).toEqual({ ok: false, error: "not_found" });
    expect(await ensureRequestThread(ekbang, requestId)).toEqual({ ok: false, error: "not_found" });
    // The supervisor sees every unit.
    expect(await ensureRequestThread(lurah, requestId)).toEqual(a);
  });

  it("internal notes reach staff only, never a resident's query; other people cannot read or write", async () => {
    const id = (await threadIdFor(siti, { requestId }))!;
    expect(await postMessage(siti, id, text("Foto KTP yang mana yang buram?"))).toMatchObject({ ok: true });
    expect(await postMessage(petugas, id, { body: "Cek dulu ke RT, jangan dibalas dulu", internal: true, uploads: [] })).toMatchObject({ ok: true });
    expect(await postMessage(petugas, id, text("Yang halaman depan, Bu."))).toMatchObject({ ok: true });
    // A resident cannot write an internal note.
    expect(await postMessage(siti, id, { body: "x", internal: true, uploads: [] })).toEqual({ ok: false, error: "forbidden" });

    const residentView = (await getThread(siti, id))!;
    expect(residentView.messages.map((m) => m.body)).toEqual(["Foto KTP yang mana yang buram?", "Yang halaman depan, Bu."]);
    expect(JSON.stringify(residentView)).not.toContain("jangan dibalas");
    expect((await messagesAfter(siti, id, BigInt(0)))!.map((m) => m.kind)).not.toContain("INTERNAL");
    expect((await listResidentConversations(siti))[0].preview).toBe("Yang halaman depan, Bu.");

    const staffView = (await getThread(petugas, id))!;
    expect(staffView.messages.map((m) => m.kind)).toEqual(["TEXT", "INTERNAL", "TEXT"]);
    expect(staffView.resident).toEqual({ kind: "named", name: "Siti Aminah" });
    expect(staffView.templateValues).toMatchObject({ nama: "Siti Aminah", nomor: "PKS/2026/000777", layanan: "Surat Keterangan Domisili", yang_kurang: "Foto KTP buram" });

    for (const outsider of [budi, ahmad, petugasTengah, ekbang]) {
      expect(await getThread(outsider, id)).toBeNull();
      expect(await messagesAfter(outsider, id, BigInt(0))).toBeNull();
      expect(await postMessage(outsider, id, text("halo"))).toEqual({ ok: false, error: "not_found" });
      expect(await markRead(outsider, id)).toEqual({ ok: false, error: "not_found" });
      expect(await assignConversation(outsider, id, outsider.userId)).toEqual({ ok: false, error: "not_found" });
      expect(await setConversationStatus(outsider, id, "RESOLVED")).toEqual({ ok: false, error: "not_found" });
    }
    expect((await listInbox(petugasTengah, all)).rows.map((r) => r.id)).not.toContain(id);
    expect((await listInbox(ekbang, all)).rows.map((r) => r.id)).not.toContain(id);
    expect((await listInbox(petugas, all)).rows.map((r) => r.id)).toContain(id);
  });

  it("attachments: up to three, served only to those who may see the message", async () => {
    const id = (await threadIdFor(siti, { requestId }))!;
    const tooMany = await postMessage(siti, id, { body: "", internal: false, uploads: Array.from({ length: 4 }, () => ({ bytes: png, name: "a.png" })) });
    expect(tooMany).toEqual({ ok: false, error: "too_many" });
    const sent = await postMessage(siti, id, { body: "Ini fotonya", internal: false, uploads: [{ bytes: png, name: "KTP Siti Aminah.png" }] });
    expect(sent.ok).toBe(true);
    const thread = (await getThread(petugas, id))!;
    const file = thread.messages.at(-1)!.attachments[0];
    expect(file.name).toBe("lampiran-1.png");
    expect((await authorizeFileAccess(petugas, file.id)).ok).toBe(true);
    expect((await authorizeFileAccess(lurah, file.id)).ok).toBe(true);
    for (const outsider of [budi, petugasTengah, ekbang]) expect(await authorizeFileAccess(outsider, file.id)).toEqual({ ok: false, error: "not_found" });

    // A file on an internal note is not the resident's to open.
    const note = await postMessage(petugas, id, { body: "scan pembanding", internal: true, uploads: [{ bytes: png, name: "x.png" }] });
    expect(note.ok).toBe(true);
    const noteFile = (await getThread(petugas, id))!.messages.at(-1)!.attachments[0];
    expect(await authorizeFileAccess(siti, noteFile.id)).toEqual({ ok: false, error: "not_found" });
    expect((await authorizeFileAccess(lurah, noteFile.id)).ok).toBe(true);
  });
});

describe("Anonim complaints", () => {
  it("staff see only 'Pelapor', in the thread, the inbox, search and template values", async () => {
    const opened = await ensureComplaintThread(siti, complaintId);
    if (!opened.ok) throw new Error(opened.error);
    await postMessage(siti, opened.conversationId, text("Lubangnya makin besar"));
    expect(await ensureComplaintThread(petugasTengah, complaintId)).toEqual({ ok: false, error: "not_found" });
    expect(await ensureComplaintThread(budi, complaintId)).toEqual({ ok: false, error: "not_found" });

    const staffView = (await getThread(ekbang, opened.conversationId))!;
    expect(staffView.resident).toEqual({ kind: "anonymous" });
    expect(staffView.messages[0].author).toEqual({ kind: "anonymous" });
    expect(staffView.templateValues.nama).toBe("Pelapor");
    expect(JSON.stringify(staffView)).not.toContain("Siti");
    const row = (await listInbox(ekbang, all)).rows.find((r) => r.id === opened.conversationId)!;
    expect(row.resident).toEqual({ kind: "anonymous" });
    expect(JSON.stringify(row)).not.toContain("Siti");
    expect((await listInbox(ekbang, { view: "all", q: "Siti" })).rows.map((r) => r.id)).not.toContain(opened.conversationId);
  });
});

describe("read markers, unread counts, status", () => {
  it("counts per participant and clears on mark as read; a resident's message reopens a resolved thread", async () => {
    const started = await startHelp(ahmad, "Syarat KTP hilang apa saja?");
    if (!started.ok) throw new Error(started.error);
    const id = started.conversationId;
    const before = await unreadCount(petugasTengah);
    expect(before).toBeGreaterThanOrEqual(1);
    expect(await unreadCount(ahmad)).toBe(0);
    expect((await listInbox(petugasTengah, { view: "unread" })).rows.map((r) => r.id)).toContain(id);

    await markRead(petugasTengah, id);
    expect(await unreadCount(petugasTengah)).toBe(before - 1);
    expect((await listInbox(petugasTengah, { view: "unread" })).rows.map((r) => r.id)).not.toContain(id);

    await postMessage(petugasTengah, id, text("Surat kehilangan dari polisi dan KK."));
    expect(await unreadCount(ahmad)).toBe(1);
    // An internal note does not count for the resident.
    await postMessage(petugasTengah, id, { body: "catatan", internal: true, uploads: [] });
    await markRead(ahmad, id);
    expect(await unreadCount(ahmad)).toBe(0);
    await postMessage(petugasTengah, id, { body: "catatan lagi", internal: true, uploads: [] });
    expect(await unreadCount(ahmad)).toBe(0);

    expect(await assignConversation(petugasTengah, id, petugasTengah.userId)).toEqual({ ok: true });
    expect(await assignConversation(petugasTengah, id, petugas.userId)).toEqual({ ok: false, error: "invalid_assignee" });
    expect((await listInbox(petugasTengah, { view: "mine" })).rows.map((r) => r.id)).toContain(id);
    expect((await listInbox(petugasTengah, { view: "unassigned" })).rows.map((r) => r.id)).not.toContain(id);

    await setConversationStatus(petugasTengah, id, "RESOLVED");
    expect((await listInbox(petugasTengah, { view: "all", status: "RESOLVED" })).rows.map((r) => r.id)).toContain(id);
    await postMessage(ahmad, id, text("Kalau KK juga hilang?"));
    const thread = (await getThread(petugasTengah, id))!;
    expect(thread.status).toBe("OPEN");
    expect(thread.messages.map((m) => m.systemCode).filter(Boolean)).toEqual(["assigned", "resolved", "reopened"]);
    expect(thread.sla).toBe("MET");
  });

  it("a signed-out visitor's question lands in the office inbox with the contact, not in anyone else's", async () => {
    const made = await startVisitorHelp({ officeId, name: "Pak Joko", contact: "081299998888", body: "Jam buka hari Sabtu?" });
    expect(made.ok).toBe(true);
    const rows = (await listInbox(petugas, { view: "all", q: "Joko" })).rows;
    expect(rows).toHaveLength(1);
    expect(rows[0].resident).toEqual({ kind: "named", name: "Pak Joko" });
    expect((await listInbox(petugasTengah, { view: "all", q: "Joko" })).rows).toHaveLength(0);
  });

  it("inbox pages by keyset without repeats", async () => {
    for (let i = 0; i < 30; i++) await startVisitorHelp({ officeId, name: `Tamu ${i}`, contact: `tamu${i}@contoh.id`, body: `Pertanyaan nomor ${i}` });
    const first = await listInbox(admin, { view: "all", kind: "HELP" });
    expect(first.rows).toHaveLength(25);
    const second = await listInbox(admin, { view: "all", kind: "HELP", after: first.nextCursor! });
    const ids = new Set([...first.rows, ...second.rows].map((r) => r.id));
    expect(ids.size).toBe(first.rows.length + second.rows.length);
    expect(second.rows.length).toBeGreaterThanOrEqual(6);
    expect(first.prevCursor).toBeNull();
    const back = await listInbox(admin, { view: "all", kind: "HELP", before: second.prevCursor! });
    expect(back.rows.map((r) => r.id)).toEqual(first.rows.map((r) => r.id));
  });
});

describe("canned answers", () => {
  it("refuses unknown variables, keeps office-wide ones for admins, own ones per staff member", async () => {
    expect(cannedSchema.safeParse({ scope: "mine", shortcut: "alamat", body: "Alamat {alamat}" }).success).toBe(false);
    const ok = cannedSchema.parse({ scope: "office", shortcut: "Kurang", body: "Bapak/Ibu {nama}, permohonan {nomor} kurang: {yang_kurang}" });
    expect(await saveCannedAnswer(petugas, ok)).toEqual({ ok: false, error: "forbidden" });
    const saved = await saveCannedAnswer(admin, ok);
    expect(saved.ok).toBe(true);
    expect(await saveCannedAnswer(admin, ok)).toEqual({ ok: false, error: "shortcut_taken" });
    await saveCannedAnswer(petugas, cannedSchema.parse({ scope: "mine", shortcut: "salam", body: "Selamat pagi {nama}" }));
    expect((await cannedAnswersFor(petugas)).map((c) => `${c.scope}:${c.shortcut}`)).toEqual(["office:kurang", "mine:salam"]);
    expect((await cannedAnswersFor(ekbang)).map((c) => c.shortcut)).toEqual(["kurang"]);
    expect(await cannedAnswersFor(petugasTengah)).toEqual([]);
    if (!saved.ok) throw new Error();
    expect(await deleteCannedAnswer(petugas, saved.id)).toEqual({ ok: false, error: "not_found" });
    expect(await deleteCannedAnswer(admin, saved.id)).toEqual({ ok: true });
  });
});

describe("telling an offline resident of replies", () => {
  it("one notification per conversation per few minutes, none for internal notes", async () => {
    const started = await startHelp(ahmad, "Apakah surat pindah bisa diurus online?");
    if (!started.ok) throw new Error(started.error);
    const id = started.conversationId;
    const replies = () => db.notification.count({ where: { userId: ahmad.userId, event: "conversation.reply", targetId: id } });

    await postMessage(petugasTengah, id, { body: "catatan internal", internal: true, uploads: [] });
    expect(await replies()).toBe(0);
    await postMessage(petugasTengah, id, text("Bisa, lewat menu Ajukan permohonan."));
    expect(await replies()).toBe(1);
    await postMessage(petugasTengah, id, text("Siapkan juga KK asli."));
    expect(await replies()).toBe(1);

    // Once the few minutes have passed, the next reply is told again.
    await db.conversation.update({ where: { id }, data: { residentNotifiedAt: new Date(Date.now() - 6 * 60_000) } });
    await postMessage(petugasTengah, id, text("Kantor tutup pukul 15.00."));
    expect(await replies()).toBe(2);
    const latest = await db.notification.findFirstOrThrow({ where: { userId: ahmad.userId, event: "conversation.reply" }, orderBy: { createdAt: "desc" } });
    expect(latest.link).toBe(`/warga/percakapan/${id}`);
  });
});
