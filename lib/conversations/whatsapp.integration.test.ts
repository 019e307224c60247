// WhatsApp both ways against a local HTTP server that plays Meta's Graph API (messages, media) and
// signs its webhook calls like Meta does. The webhook route handler is called as Meta would call it.
import http from "node:http";
import type { AddressInfo } from "node:net";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET, POST } from "@/app/api/whatsapp/webhook/route";
import { loadActor } from "@/lib/auth/actor";
import type { Actor } from "@/lib/auth/types";
import { db } from "@/lib/db";
import { seedBase, type SeedContext } from "@/prisma/seed/base";
import { seedCatalogue } from "@/prisma/seed/catalogue";
import { ensureRequestThread, postMessage } from "./mutations";
import { signBody } from "./whatsapp";

const SECRET = "rahasia-aplikasi-meta";
type Hit = { method: string; path: string; auth: string | undefined; json: Record<string, unknown> | null; form?: FormData };
const hits: Hit[] = [];
let meta: http.Server;
let base = "";
let jpeg: Buffer;
let ctx: SeedContext;
let siti: Actor;
let petugas: Actor;
let requestId: string;

beforeAll(async () => {
  jpeg = await sharp({ create: { width: 64, height: 48, channels: 3, background: "#3a7" } }).jpeg().toBuffer();
  meta = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", async () => {
      const raw = Buffer.concat(chunks);
      const multipart = (req.headers["content-type"] ?? "").startsWith("multipart/form-data");
      // Media uploads arrive as multipart, parsed the standard way (undici's Response.formData).
      const form = multipart ? await new Response(raw, { headers: { "content-type": req.headers["content-type"]! } }).formData() : undefined;
      hits.push({ method: req.method ?? "", path: req.url ?? "", auth: req.headers.authorization, json: !multipart && raw.length ? JSON.parse(raw.toString()) : null, form });
      if (req.method === "POST" && req.url === "/PHONE-ID/media" && req.headers.authorization === "Bearer TOKEN") {
        res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ id: `media-up${hits.length}` }));
      } else if (req.method === "POST" && req.url === "/PHONE-ID/messages") {
        res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ messaging_product: "whatsapp", messages: [{ id: `wamid.out${hits.length}` }] }));
      } else if (req.url === "/media-ktp") {
        res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ url: `${base}/files/ktp.jpg`, mime_type: "image/jpeg" }));
      } else if (req.url === "/files/ktp.jpg" && req.headers.authorization === "Bearer TOKEN") {
        res.writeHead(200, { "content-type": "image/jpeg" }).end(jpeg);
      } else res.writeHead(404).end();
    });
  });
  await new Promise<void>((r) => meta.listen(0, "127.0.0.1", () => r()));
  base = `http://127.0.0.1:${(meta.address() as AddressInfo).port}`;
  Object.assign(process.env, {
    WHATSAPP_APP_SECRET: SECRET, WHATSAPP_VERIFY_TOKEN: "verif-123", WHATSAPP_API_URL: base, WHATSAPP_PHONE_NUMBER_ID: "PHONE-ID",
    WHATSAPP_ACCESS_TOKEN: "TOKEN", WHATSAPP_CHAT_TEMPLATE: "balasan_petugas", WHATSAPP_OFFICE: "kelurahan-pakansari",
  });
  ctx = await seedBase(db);
  const catalogue = await seedCatalogue(db, ctx);
  siti = { ...(await loadActor(ctx.residents.siti.userId))!, ip: "127.0.0.1", userAgent: "vitest" };
  petugas = { ...(await loadActor(ctx.users.petugas))!, ip: "127.0.0.1", userAgent: "vitest" };
  const service = await db.service.findUniqueOrThrow({ where: { id: catalogue.pakansari["surat-keterangan-domisili"] }, select: { id: true, unitId: true } });
  requestId = (await db.serviceRequest.create({
    data: { officeId: ctx.offices.pakansari.id, serviceId: service.id, unitId: service.unitId, number: "PKS/2026/000888", residentId: ctx.residents.siti.profileId, applicantId: siti.userId, status: "SUBMITTED", submittedAt: new Date() },
  })).id;
}, 60_000);

afterAll(async () => {
  meta.closeAllConnections();
  await new Promise<void>((r) => meta.close(() => r()));
});

let seq = 0;
function webhook(from: string, message: Record<string, unknown>, name = "Warga WA") {
  const id = `wamid.in${++seq}`;
  return {
    id,
    body: JSON.stringify({
      object: "whatsapp_business_account",
      entry: [{ id: "WABA", changes: [{ field: "messages", value: {
        messaging_product: "whatsapp", metadata: { phone_number_id: "PHONE-ID" },
        contacts: [{ wa_id: from, profile: { name } }],
        messages: [{ id, from, timestamp: String(Math.floor(Date.now() / 1000)), ...message }],
      } }] }],
    }),
  };
}
const deliver = (body: string, signature = signBody(body, SECRET)) =>
  POST(new Request("http://localhost/api/whatsapp/webhook", { method: "POST", body, headers: { "content-type": "application/json", "x-hub-signature-256": signature } }));

describe("WhatsApp webhook", () => {
  it("answers Meta's verification handshake only with the verify token", async () => {
    const ok = await GET(new Request("http://localhost/api/whatsapp/webhook?hub.mode=subscribe&hub.verify_token=verif-123&hub.challenge=42"));
    expect([ok.status, await ok.text()]).toEqual([200, "42"]);
    expect((await GET(new Request("http://localhost/api/whatsapp/webhook?hub.mode=subscribe&hub.verify_token=salah&hub.challenge=42"))).status).toBe(403);
  });

  it("refuses a bad signature with 401 and stores nothing", async () => {
    const { id, body } = webhook("6285700000001", { type: "text", text: { body: "Halo" } });
    expect((await deliver(body, signBody(body, "bukan-rahasianya"))).status).toBe(401);
    expect((await deliver(body, "")).status).toBe(401);
    expect(await db.conversationMessage.findUnique({ where: { waMessageId: id } })).toBeNull();
  });

  it("an unknown sender starts a help thread at the configured office, and a second message continues it", async () => {
    const first = webhook("6285700000002", { type: "text", text: { body: "Syarat surat pindah apa saja?" } }, "Pak Joko");
    expect((await deliver(first.body)).status).toBe(200);
    const m1 = await db.conversationMessage.findUniqueOrThrow({ where: { waMessageId: first.id }, include: { conversation: true } });
    expect(m1).toMatchObject({ authorKind: "VISITOR", body: "Syarat surat pindah apa saja?" });
    expect(m1.conversation).toMatchObject({ kind: "HELP", channel: "WHATSAPP", waPhone: "085700000002", visitorName: "Pak Joko", officeId: ctx.offices.pakansari.id });
    expect(m1.conversation.firstResponseDueAt).not.toBeNull();
    const second = webhook("6285700000002", { type: "text", text: { body: "Untuk satu keluarga." } });
    await deliver(second.body);
    await deliver(second.body); // Meta retries: stored once
    const m2 = await db.conversationMessage.findMany({ where: { waMessageId: second.id } });
    expect(m2).toHaveLength(1);
    expect(m2[0].conversationId).toBe(m1.conversationId);
  });

  it("a resident's phone continues the thread of her latest request, with the photo fetched into the private store", async () => {
    const thread = await ensureRequestThread(siti, requestId);
    if (!thread.ok) throw new Error(thread.error);
    const { id, body } = webhook("6281234560001", { type: "image", image: { id: "media-ktp", mime_type: "image/jpeg", caption: "Ini foto KTP saya" } }, "Siti");
    expect((await deliver(body)).status).toBe(200);
    const m = await db.conversationMessage.findUniqueOrThrow({ where: { waMessageId: id }, include: { attachments: { include: { file: true } } } });
    expect(m).toMatchObject({ conversationId: thread.conversationId, authorKind: "RESIDENT", authorId: siti.userId, body: "Ini foto KTP saya" });
    expect(m.attachments).toHaveLength(1);
    expect(m.attachments[0].file.mime).toMatch(/^image\//);
    expect(hits.some((h) => h.path === "/files/ktp.jpg" && h.auth === "Bearer TOKEN")).toBe(true);
  });

  it("staff replies go back as free text within 24 hours and as the approved template after; receipts show on the message", async () => {
    const c = await db.conversation.findFirstOrThrow({ where: { waPhone: "085700000002" } });
    const before = hits.length;
    const reply = await postMessage(petugas, c.id, { body: "Bawa KK dan KTP asli, Pak.", internal: false, uploads: [] });
    if (!reply.ok) throw new Error(reply.error);
    const sent = hits.slice(before).find((h) => h.path === "/PHONE-ID/messages")!;
    expect(sent.json).toMatchObject({ to: "6285700000002", type: "text", text: { body: "Bawa KK dan KTP asli, Pak." } });
    const stored = await db.conversationMessage.findUniqueOrThrow({ where: { id: reply.messageId } });
    expect(stored.waStatus).toBe("sent");

    // Receipts: delivered, then read; a late "delivered" does not move it back.
    const receipt = (status: string) => JSON.stringify({ object: "whatsapp_business_account", entry: [{ changes: [{ value: { statuses: [{ id: stored.waMessageId, status, timestamp: String(Math.floor(Date.now() / 1000)) }] } }] }] });
    await deliver(receipt("delivered"));
    await deliver(receipt("read"));
    await deliver(receipt("delivered"));
    expect((await db.conversationMessage.findUniqueOrThrow({ where: { id: reply.messageId } })).waStatus).toBe("read");

    // Two days later the window has closed: the template, with the reply as its parameter.
    await db.conversation.update({ where: { id: c.id }, data: { lastResidentMessageAt: new Date(Date.now() - 48 * 3600_000) } });
    const mark = hits.length;
    const late = await postMessage(petugas, c.id, { body: "Apakah sudah jadi datang?", internal: false, uploads: [] });
    expect(late.ok).toBe(true);
    const template = hits.slice(mark).find((h) => h.path === "/PHONE-ID/messages")!;
    expect(template.json).toMatchObject({ type: "template", template: { name: "balasan_petugas", components: [{ parameters: [{ text: "Apakah sudah jadi datang?" }] }] } });

    // A photo staff attach while the window is open again goes as a media message after the text.
    await db.conversation.update({ where: { id: c.id }, data: { lastResidentMessageAt: new Date() } });
    const withPhoto = hits.length;
    const photo = await postMessage(petugas, c.id, { body: "Ini contoh pengantar RT yang benar.", internal: false, uploads: [{ bytes: new Uint8Array(jpeg), name: "contoh.jpg" }] });
    if (!photo.ok) throw new Error(photo.error);
    const after = hits.slice(withPhoto);
    const upload = after.find((h) => h.path === "/PHONE-ID/media")!;
    expect(upload.form?.get("messaging_product")).toBe("whatsapp");
    const uploaded = upload.form?.get("file") as File;
    expect(uploaded.type).toBe("image/jpeg");
    expect(uploaded.size).toBeGreaterThan(100);
    const outgoing = after.filter((h) => h.path === "/PHONE-ID/messages").map((h) => h.json);
    expect(outgoing).toMatchObject([
      { type: "text", text: { body: "Ini contoh pengantar RT yang benar." } },
      { type: "image", to: "6285700000002", image: { id: expect.stringMatching(/^media-up\d+$/) } },
    ]);

    // Outside the window a template cannot carry the file: the resident is told it waits in the thread.
    await db.conversation.update({ where: { id: c.id }, data: { lastResidentMessageAt: new Date(Date.now() - 48 * 3600_000) } });
    const closed = hits.length;
    await postMessage(petugas, c.id, { body: "Contoh formulir terlampir.", internal: false, uploads: [{ bytes: new Uint8Array(jpeg), name: "contoh.jpg" }] });
    expect(hits.slice(closed).filter((h) => h.path === "/PHONE-ID/media")).toHaveLength(0);
    const note = hits.slice(closed).find((h) => h.path === "/PHONE-ID/messages")!;
    expect(note.json).toMatchObject({ type: "template", template: { components: [{ parameters: [{ text: expect.stringContaining("1 lampiran") }] }] } });

    // An internal note never leaves the app.
    const quiet = hits.length;
    await postMessage(petugas, c.id, { body: "Catatan: cek arsip", internal: true, uploads: [] });
    expect(hits.slice(quiet).filter((h) => h.path === "/PHONE-ID/messages")).toHaveLength(0);
  });
});
