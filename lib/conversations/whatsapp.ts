import crypto from "node:crypto";

// WhatsApp Business Cloud API webhooks, pure parts: Meta's signature, the payload's shape, the
// 24-hour customer-service window. The database side is in whatsapp-inbound.ts.

/**
 * Meta signs each webhook call with the app secret: `X-Hub-Signature-256: sha256=<hex HMAC of the
 * raw body>`. Compared in constant time; anything malformed is simply not valid.
 */
export function validSignature(rawBody: string, header: string | null, appSecret: string): boolean {
  if (!header || !appSecret) return false;
  const match = /^sha256=([0-9a-f]{64})$/i.exec(header.trim());
  if (!match) return false;
  const expected = crypto.createHmac("sha256", appSecret).update(rawBody, "utf8").digest();
  const given = Buffer.from(match[1], "hex");
  return given.length === expected.length && crypto.timingSafeEqual(given, expected);
}

/** The signature header a sender (Meta, or our test double of it) puts on a body. */
export function signBody(rawBody: string, appSecret: string): string {
  return `sha256=${crypto.createHmac("sha256", appSecret).update(rawBody, "utf8").digest("hex")}`;
}

export type InboundMessage = {
  waMessageId: string;
  /** Sender as WhatsApp gives it: country code and number, digits only ("6281234560001"). */
  from: string;
  profileName: string | null;
  at: Date;
  text: string;
  /** Media ids to fetch from the Graph API (images and PDFs). */
  media: { id: string; mime: string }[];
};

export type StatusUpdate = { waMessageId: string; status: "sent" | "delivered" | "read" | "failed"; at: Date };

type Json = Record<string, unknown>;
const obj = (v: unknown): Json | null => (v && typeof v === "object" && !Array.isArray(v) ? (v as Json) : null);
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const str = (v: unknown): string | null => (typeof v === "string" && v.length > 0 ? v : null);
const when = (v: unknown): Date => {
  const seconds = Number(v);
  return Number.isFinite(seconds) && seconds > 0 ? new Date(seconds * 1000) : new Date();
};

/**
 * Reads the parts of a webhook payload we act on (object "whatsapp_business_account"): text,
 * image and document messages with their captions, and status receipts. Other message types
 * (stickers, locations, reactions) become a line saying so, so staff know something arrived.
 */
export function parseWebhook(payload: unknown): { messages: InboundMessage[]; statuses: StatusUpdate[] } {
  const messages: InboundMessage[] = [];
  const statuses: StatusUpdate[] = [];
  const root = obj(payload);
  if (!root || root.object !== "whatsapp_business_account") return { messages, statuses };
  for (const entry of arr(root.entry)) {
    for (const change of arr(obj(entry)?.changes)) {
      const value = obj(obj(change)?.value);
      if (!value) continue;
      const names = new Map<string, string>();
      for (const contact of arr(value.contacts)) {
        const c = obj(contact);
        const id = str(c?.wa_id);
        const name = str(obj(c?.profile)?.name);
        if (id && name) names.set(id, name);
      }
      for (const raw of arr(value.messages)) {
        const m = obj(raw);
        const id = str(m?.id);
        const from = str(m?.from);
        if (!m || !id || !from || !/^\d{8,15}$/.test(from)) continue;
        const type = str(m.type);
        const media: InboundMessage["media"] = [];
        let text = "";
        if (type === "text") text = str(obj(m.text)?.body) ?? "";
        else if (type === "image" || type === "document") {
          const part = obj(m[type]);
          const mediaId = str(part?.id);
          if (mediaId) media.push({ id: mediaId, mime: str(part?.mime_type) ?? (type === "image" ? "image/jpeg" : "application/pdf") });
          text = str(part?.caption) ?? "";
        } else text = `[${type ?? "pesan"}]`;
        messages.push({ waMessageId: id, from, profileName: names.get(from) ?? null, at: when(m.timestamp), text: text.slice(0, 4000), media });
      }
      for (const raw of arr(value.statuses)) {
        const s = obj(raw);
        const id = str(s?.id);
        const status = str(s?.status);
        if (!id || !status || !["sent", "delivered", "read", "failed"].includes(status)) continue;
        statuses.push({ waMessageId: id, status: status as StatusUpdate["status"], at: when(s?.timestamp) });
      }
    }
  }
  return { messages, statuses };
}

const RANK: Record<StatusUpdate["status"], number> = { sent: 1, delivered: 2, read: 3, failed: 4 };

/** Receipts arrive out of order: a "delivered" after a "read" changes nothing. */
export function advancesStatus(current: string | null, next: StatusUpdate["status"]): boolean {
  if (!current) return true;
  return RANK[next] > (RANK[current as StatusUpdate["status"]] ?? 0);
}

export const SERVICE_WINDOW_MS = 24 * 60 * 60 * 1000;

/** Free text may be sent only within 24 hours of the resident's last message; after that, a template. */
export function insideServiceWindow(lastResidentMessageAt: Date | null, now: Date): boolean {
  return lastResidentMessageAt !== null && now.getTime() - lastResidentMessageAt.getTime() < SERVICE_WINDOW_MS;
}

/** "6281234560001" → "081234560001", the form accounts store phone numbers in. */
export function localPhone(waId: string): string {
  return waId.startsWith("62") ? `0${waId.slice(2)}` : waId;
}
