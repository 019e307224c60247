import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/types";
import { db } from "@/lib/db";
import { actor, seedDemo } from "@/test/support/complaints-setup";
import type { SeedContext } from "@/prisma/seed/base";
import { listMyFeedback, listOfficeFeedback } from "./data";
import { answerFeedback, sendFeedback, sendPublicFeedback } from "./mutations";

let ctx: SeedContext;
let siti: Actor, budi: Actor, petugas: Actor, lurah: Actor, petugasTengah: Actor;

beforeAll(async () => {
  ctx = await seedDemo();
  [siti, budi, petugas, lurah, petugasTengah] = await Promise.all(
    [ctx.residents.siti.userId, ctx.residents.budi.userId, ctx.users.petugas, ctx.users.lurah, ctx.users.petugasTengah].map(actor),
  );
});

describe("kritik & saran", () => {
  it("an anonymous message hides the sender from staff but its answer reaches the sender", async () => {
    const sent = await sendFeedback(siti, { kind: "KRITIK", message: "Ruang tunggu panas, kipas angin rusak semua.", anonymous: true });
    if (!sent.ok) throw new Error("send failed");
    const list = await listOfficeFeedback(petugas, { state: "open" });
    const row = list.rows.find((r) => r.id === sent.id);
    expect(row).toMatchObject({ anonymous: true, sender: null, answer: null });
    expect(JSON.stringify(list)).not.toContain("Siti Aminah");
    expect(JSON.stringify(list)).not.toContain(siti.userId);

    expect(await answerFeedback(lurah, { id: sent.id, answer: "Kipas angin sudah diganti, terima kasih." })).toEqual({ ok: true });
    expect(await answerFeedback(petugas, { id: sent.id, answer: "Jawaban kedua" })).toEqual({ ok: false, error: "conflict" });
    const mine = await listMyFeedback(siti);
    expect(mine.find((f) => f.id === sent.id)).toMatchObject({ answer: "Kipas angin sudah diganti, terima kasih." });
    expect((await listMyFeedback(budi)).some((f) => f.id === sent.id)).toBe(false);
    const answered = await listOfficeFeedback(petugas, { state: "answered" });
    expect(answered.rows.find((r) => r.id === sent.id)).toMatchObject({ answeredBy: "Drs. Hendra Wijaya (Lurah)" });
  });

  it("a named message shows the sender's name to staff", async () => {
    const sent = await sendFeedback(budi, { kind: "SARAN", message: "Mohon ada nomor antrean di papan digital.", anonymous: false });
    if (!sent.ok) throw new Error("send failed");
    const list = await listOfficeFeedback(petugas, {});
    expect(list.rows.find((r) => r.id === sent.id)).toMatchObject({ sender: "Budi Santoso" });
  });

  it("another office cannot see or answer it; residents cannot answer", async () => {
    const sent = await sendFeedback(siti, { kind: "SARAN", message: "Tambahkan papan petunjuk arah ke loket.", anonymous: false });
    if (!sent.ok) throw new Error("send failed");
    expect((await listOfficeFeedback(petugasTengah, {})).rows.some((r) => r.id === sent.id)).toBe(false);
    expect(await answerFeedback(petugasTengah, { id: sent.id, answer: "Bukan kantor kami" })).toEqual({ ok: false, error: "not_found" });
    expect(await answerFeedback(budi, { id: sent.id, answer: "Saya jawab sendiri" })).toEqual({ ok: false, error: "forbidden" });
    expect(await sendFeedback(petugas, { kind: "SARAN", message: "Petugas tidak mengirim saran di sini.", anonymous: false })).toEqual({ ok: false, error: "forbidden" });
  });

  it("signed-out visitors send anonymously, bots fill the honeypot, and floods are limited", async () => {
    const officeId = ctx.offices.tengah.id;
    const before = await db.feedback.count({ where: { officeId } });
    expect(await sendPublicFeedback({ officeId, kind: "SARAN", message: "Jam layanan sebaiknya sampai sore.", website: "spam" }, "10.1.1.1")).toMatchObject({ ok: true });
    expect(await db.feedback.count({ where: { officeId } })).toBe(before);
    const results = [];
    for (let i = 0; i < 6; i++) results.push(await sendPublicFeedback({ officeId, kind: "KRITIK", message: `Pesan uji banjir nomor ${i} dari pengunjung.` }, "10.9.9.9"));
    expect(results.slice(0, 5).every((r) => r.ok)).toBe(true);
    expect(results[5]).toEqual({ ok: false, error: "rate_limited" });
    const stored = await db.feedback.findMany({ where: { officeId, message: { startsWith: "Pesan uji banjir" } } });
    expect(stored.every((f) => f.anonymous && f.senderId === null)).toBe(true);
    expect(await sendPublicFeedback({ officeId: "nope", kind: "KRITIK", message: "Kantor yang tidak ada sama sekali." }, "10.2.2.2")).toMatchObject({ fieldErrors: { officeId: "required" } });
  });

  it("pages forwards and back again (previous page) with one cursor format", async () => {
    const officeId = ctx.offices.pakansari.id;
    const base = Date.parse("2025-01-01T00:00:00Z");
    // 30 older messages, one per minute, newest first in the list.
    await db.feedback.createMany({
      data: Array.from({ length: 30 }, (_, n) => ({ officeId, kind: "SARAN" as const, message: `Saran nomor ${n}`, createdAt: new Date(base + n * 60_000) })),
    });
    const first = await listOfficeFeedback(petugas, {});
    expect(first.prev).toBeNull();
    expect(first.next).not.toBeNull();
    const second = await listOfficeFeedback(petugas, { after: first.next });
    expect(second.rows.some((r) => first.rows.some((f) => f.id === r.id))).toBe(false);
    expect(second.prev).not.toBeNull();
    const back = await listOfficeFeedback(petugas, { before: second.prev });
    expect(back.rows.map((r) => r.id)).toEqual(first.rows.map((r) => r.id));
    expect(back.prev).toBeNull();
  });
});

describe("kritik & saran from the phone's outbox", () => {
  it("a resend with the same idempotency key, even racing the first, stores one message", async () => {
    const message = `Toilet umum kantor perlu dibersihkan ${Date.now()}`;
    const key = `fb-${crypto.randomUUID()}`;
    const [a, b] = await Promise.all([
      sendFeedback(siti, { kind: "KRITIK", message, anonymous: false }, key),
      sendFeedback(siti, { kind: "KRITIK", message, anonymous: false }, key),
    ]);
    expect(a.ok && b.ok).toBe(true);
    if (!a.ok || !b.ok) return;
    expect(b.id).toBe(a.id);
    expect(await db.feedback.count({ where: { message } })).toBe(1);
    // Another resident's key space is their own: the same key from Budi is a new message.
    expect(await sendFeedback(budi, { kind: "KRITIK", message, anonymous: false }, key)).toMatchObject({ ok: true });
    expect(await db.feedback.count({ where: { message } })).toBe(2);
  });
});
