import { receiveWhatsApp, whatsAppConfig } from "@/lib/conversations/mutations/whatsapp";
import { parseWebhook, validSignature } from "@/lib/conversations/whatsapp";

// WhatsApp Business Cloud API webhook. GET answers Meta's verification handshake with the verify
// token; POST accepts only bodies signed with the app secret (X-Hub-Signature-256) and stores
// their messages and receipts. Meta retries anything that is not a 200, so stored ids are skipped.
export const dynamic = "force-dynamic";

const plain = (status: number, body = "") => new Response(body, { status, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });

export async function GET(request: Request) {
  const q = new URL(request.url).searchParams;
  const token = process.env.WHATSAPP_VERIFY_TOKEN;
  if (token && q.get("hub.mode") === "subscribe" && q.get("hub.verify_token") === token) return plain(200, q.get("hub.challenge") ?? "");
  return plain(403, "forbidden");
}

export async function POST(request: Request) {
  const secret = process.env.WHATSAPP_APP_SECRET;
  if (!secret) return plain(404, "not configured");
  const raw = await request.text();
  if (raw.length > 1_000_000 || !validSignature(raw, request.headers.get("x-hub-signature-256"), secret)) return plain(401, "bad signature");
  let payload: unknown;
  try {
    payload = JSON.parse(raw);
  } catch {
    return plain(400, "not json");
  }
  await receiveWhatsApp(parseWebhook(payload), whatsAppConfig());
  return plain(200, "ok");
}
