import "server-only";
import { loadOfficeCalendar } from "@/lib/calendar/data";
import { db } from "@/lib/db";
import { sendWhatsApp, uploadWhatsAppMedia, type WhatsAppCloudConfig } from "@/lib/notifications/channels/whatsapp-cloud";
import { storeFor } from "@/lib/storage/store";
import { normalizePhone } from "@/lib/notifications/phone";
import { publishAll } from "@/lib/realtime/mutations";
import { ingestUpload } from "@/lib/storage/ingest";
import { announce, discardFiles } from "../mutations";
import { MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS } from "../schema";
import { firstResponseDue } from "../sla";
import { advancesStatus, insideServiceWindow, localPhone, type InboundMessage, type StatusUpdate } from "../whatsapp";

// WhatsApp in both directions through the Business Cloud API (one business number per deployment).
// Inbound: a webhook message becomes a message in the resident's latest request thread when its
// sender's phone is a resident's and that thread is open, else in their open help thread, else in
// a new help thread (for unknown senders: the office WHATSAPP_OFFICE names). Outbound: staff replies
// in a thread with a WhatsApp number go back as free text within 24 hours of the resident's last
// message, and as the approved template outside that window.

export type WhatsAppConfig = WhatsAppCloudConfig & { chatTemplate: string; defaultOfficeSlug: string | null };

/** From the environment; null when the deployment has no WhatsApp number (replies stay in the app). */
export function whatsAppConfig(env: NodeJS.ProcessEnv = process.env): WhatsAppConfig | null {
  if (!env.WHATSAPP_ACCESS_TOKEN || !env.WHATSAPP_PHONE_NUMBER_ID) return null;
  return {
    apiUrl: env.WHATSAPP_API_URL ?? "https://graph.facebook.com/v21.0",
    phoneNumberId: env.WHATSAPP_PHONE_NUMBER_ID,
    accessToken: env.WHATSAPP_ACCESS_TOKEN,
    templateName: env.WHATSAPP_TEMPLATE ?? "layanan_warga_notifikasi",
    chatTemplate: env.WHATSAPP_CHAT_TEMPLATE ?? "layanan_warga_balasan",
    defaultOfficeSlug: env.WHATSAPP_OFFICE ?? null,
  };
}

/** Downloads one media item: the Graph API answers its URL, which is fetched with the same token. */
async function fetchMedia(config: WhatsAppConfig, mediaId: string): Promise<Uint8Array | null> {
  try {
    const auth = { authorization: `Bearer ${config.accessToken}` };
    const meta = await fetch(`${config.apiUrl.replace(/\/$/, "")}/${encodeURIComponent(mediaId)}`, { headers: auth, signal: AbortSignal.timeout(15_000) });
    if (!meta.ok) return null;
    const { url } = (await meta.json()) as { url?: string };
    if (!url) return null;
    const file = await fetch(url, { headers: auth, signal: AbortSignal.timeout(30_000) });
    if (!file.ok) return null;
    const bytes = new Uint8Array(await file.arrayBuffer());
    return bytes.byteLength <= MAX_ATTACHMENT_BYTES ? bytes : null;
  } catch {
    return null;
  }
}

async function residentByPhone(from: string) {
  const phone = localPhone(from);
  return db.user.findFirst({
    where: { phone, role: "RESIDENT", active: true },
    select: { id: true, officeId: true, name: true },
    orderBy: { createdAt: "asc" },
  });
}

/** The thread this sender's message belongs in, created when there is none open. */
async function threadFor(m: InboundMessage, config: WhatsAppConfig | null) {
  const phone = localPhone(m.from);
  const resident = await residentByPhone(m.from);
  const select = { id: true, officeId: true, residentUserId: true, status: true, firstResponseDueAt: true } as const;
  if (resident) {
    const latest = await db.serviceRequest.findFirst({
      where: { OR: [{ applicantId: resident.id }, { resident: { userId: resident.id } }] },
      orderBy: { createdAt: "desc" },
      select: { conversation: { select } },
    });
    if (latest?.conversation && latest.conversation.status !== "RESOLVED") return { conversation: latest.conversation, resident };
    const help = await db.conversation.findFirst({ where: { kind: "HELP", residentUserId: resident.id, status: { not: "RESOLVED" } }, orderBy: { lastMessageAt: "desc" }, select });
    if (help) return { conversation: help, resident };
    const created = await db.conversation.create({
      data: { officeId: resident.officeId, kind: "HELP", residentUserId: resident.id, channel: "WHATSAPP", waPhone: phone, subject: m.text.slice(0, 80) || null },
      select,
    });
    return { conversation: created, resident };
  }
  const open = await db.conversation.findFirst({ where: { kind: "HELP", waPhone: phone, residentUserId: null, status: { not: "RESOLVED" } }, orderBy: { lastMessageAt: "desc" }, select });
  if (open) return { conversation: open, resident: null };
  const office = config?.defaultOfficeSlug
    ? await db.office.findFirst({ where: { slug: config.defaultOfficeSlug, active: true }, select: { id: true } })
    : await db.office.findFirst({ where: { active: true, type: "KELURAHAN" }, orderBy: { code: "asc" }, select: { id: true } });
  if (!office) return null;
  const created = await db.conversation.create({
    data: {
      officeId: office.id, kind: "HELP", channel: "WHATSAPP", waPhone: phone, visitorName: m.profileName ?? normalizePhone(phone) ?? phone,
      visitorContact: phone, subject: m.text.slice(0, 80) || null,
    },
    select,
  });
  return { conversation: created, resident: null };
}

/**
 * Stores what a verified webhook call carries. Meta retries webhooks, so a message id seen before
 * is skipped; receipts only move a message's status forwards.
 */
export async function receiveWhatsApp(input: { messages: InboundMessage[]; statuses: StatusUpdate[] }, config: WhatsAppConfig | null, now = new Date()) {
  let stored = 0;
  for (const m of input.messages) {
    if (await db.conversationMessage.findUnique({ where: { waMessageId: m.waMessageId }, select: { id: true } })) continue;
    const target = await threadFor(m, config);
    if (!target) continue;
    const { conversation: c, resident } = target;
    const fileIds: string[] = [];
    for (const media of m.media.slice(0, MAX_ATTACHMENTS)) {
      const bytes = config ? await fetchMedia(config, media.id) : null;
      if (!bytes) continue;
      const result = await ingestUpload({
        bytes, originalName: `whatsapp-${fileIds.length + 1}`, accept: ["image/*", "application/pdf"], maxBytes: MAX_ATTACHMENT_BYTES,
        officeId: c.officeId, ownerId: resident?.id ?? null,
      });
      if (result.ok) fileIds.push(result.file.id);
    }
    const clock = c.firstResponseDueAt ? null : await loadOfficeCalendar(c.officeId);
    try {
      await db.$transaction(async (tx) => {
        const message = await tx.conversationMessage.create({
          data: {
            conversationId: c.id, authorId: resident && c.residentUserId === resident.id ? resident.id : null,
            authorKind: resident && c.residentUserId === resident.id ? "RESIDENT" : "VISITOR",
            body: m.text || (fileIds.length ? "" : "[pesan kosong]"), waMessageId: m.waMessageId, createdAt: now,
            attachments: { create: fileIds.map((fileId) => ({ fileId })) },
          },
          select: { id: true },
        });
        await tx.conversation.update({
          where: { id: c.id },
          data: {
            waPhone: localPhone(m.from), lastMessageAt: now, lastResidentMessageAt: now,
            ...(c.status !== "OPEN" ? { status: "OPEN" as const, resolvedAt: null } : {}),
            ...(clock ? { firstResponseDueAt: firstResponseDue(now, clock) } : {}),
          },
        });
        await publishAll(tx, announce(c, { toResident: false, ref: message.id }));
      });
      stored++;
    } catch (error) {
      await discardFiles(fileIds);
      // Two deliveries of the same webhook at once: the unique wa_message_id keeps one.
      if ((error as { code?: string }).code !== "P2002") throw error;
    }
  }
  let receipts = 0;
  for (const s of input.statuses) {
    const message = await db.conversationMessage.findUnique({ where: { waMessageId: s.waMessageId }, select: { id: true, waStatus: true, conversationId: true, conversation: { select: { id: true, officeId: true, residentUserId: true } } } });
    if (!message || !advancesStatus(message.waStatus, s.status)) continue;
    await db.$transaction(async (tx) => {
      await tx.conversationMessage.update({ where: { id: message.id }, data: { waStatus: s.status, waStatusAt: s.at } });
      await publishAll(tx, announce(message.conversation, { toResident: false, ref: message.id }));
    });
    receipts++;
  }
  return { stored, receipts };
}

/**
 * Sends a staff reply to the resident's WhatsApp: free text inside the 24-hour window, the approved
 * chat template (one body parameter: the reply) outside it. The message records the wamid and
 * "sent", or "failed" when the gateway refused it (staff see that on the message).
 */
export async function relayToWhatsApp(
  input: { messageId: string; to: string; body: string; fileIds?: string[]; lastResidentMessageAt: Date | null; officeId: string },
  config: WhatsAppConfig | null,
  now = new Date(),
): Promise<{ ok: boolean; mode: "text" | "template" | "off"; files: number }> {
  if (!config) return { ok: false, mode: "off", files: 0 };
  const to = normalizePhone(input.to);
  if (!to) return { ok: false, mode: "off", files: 0 };
  const text = insideServiceWindow(input.lastResidentMessageAt, now);
  const fileIds = input.fileIds ?? [];
  // Outside the window only a template may go, and a template carries no file: the resident is told
  // how many files wait in the thread (they come with the next reply once the resident writes back).
  const templateText = fileIds.length ? `${input.body} [${fileIds.length} lampiran dapat dilihat setelah Anda membalas pesan ini]` : input.body;
  let firstId: string | null = null;
  let files = 0;
  try {
    if (input.body.trim() || !text) {
      firstId = (await sendWhatsApp(config, text
        ? { to, text: input.body, idempotencyKey: input.messageId }
        : { to, idempotencyKey: input.messageId, template: { name: config.chatTemplate, language: "id", bodyParameters: [templateText.slice(0, 1000)] } })).id;
    }
    if (text) {
      // Photos and PDFs staff attached go as media messages after the text (the receipts we show are the first message's).
      const rows = fileIds.length ? await db.storedFile.findMany({ where: { id: { in: fileIds } }, select: { id: true, driver: true, key: true, mime: true, originalName: true } }) : [];
      for (const f of fileIds.map((id) => rows.find((r) => r.id === id)).filter((r) => r !== undefined)) {
        const bytes = await storeFor(f.driver).get(f.key);
        if (!bytes) continue;
        const upload = await uploadWhatsAppMedia(config, { bytes, mime: f.mime, filename: f.originalName });
        const kind = f.mime.startsWith("image/") ? "image" : "document";
        const { id } = await sendWhatsApp(config, { to, idempotencyKey: `${input.messageId}:${f.id}`, media: { kind, id: upload.id, filename: f.originalName } });
        firstId ??= id;
        files++;
      }
    }
    if (!firstId) return { ok: false, mode: "text", files };
    await db.conversationMessage.update({ where: { id: input.messageId }, data: { waMessageId: firstId, waStatus: "sent", waStatusAt: now } });
    return { ok: true, mode: text ? "text" : "template", files };
  } catch {
    await db.conversationMessage.update({ where: { id: input.messageId }, data: { waMessageId: firstId, waStatus: "failed", waStatusAt: now } });
    return { ok: false, mode: text ? "text" : "template", files };
  }
}
