// WhatsApp Business Cloud API (Meta Graph API). Exported on its own so the conversations domain can
// reuse it: `sendWhatsApp(config, { to, text })` inside the 24-hour customer-service window, or
// `sendWhatsApp(config, { to, template })` outside it (business-initiated messages must use an
// approved template). Notifications always use the template: we cannot know the window here.
import { phoneDigits } from "../phone";
import { DeliveryError, retryableStatus, type Channel, type OutgoingMessage, type SendResult } from "./types";

export type WhatsAppCloudConfig = {
  /** Default https://graph.facebook.com/v21.0; tests point it at a local server. */
  apiUrl: string;
  phoneNumberId: string;
  accessToken: string;
  /** Approved template with one body parameter carrying the whole notification text. */
  templateName: string;
  timeoutMs?: number;
};

export type WhatsAppTemplate = { name: string; language: string; bodyParameters: string[] };
/** A file uploaded first with uploadWhatsAppMedia; images show inline, anything else as a document. */
export type WhatsAppMedia = { kind: "image" | "document"; id: string; caption?: string; filename?: string };
export type WhatsAppMessage = { to: string; text?: string; template?: WhatsAppTemplate; media?: WhatsAppMedia; idempotencyKey?: string };

/** Uploads a file to the Cloud API's media store (multipart, as Meta documents it); returns its media id. */
export async function uploadWhatsAppMedia(config: WhatsAppCloudConfig, file: { bytes: Uint8Array; mime: string; filename: string }): Promise<{ id: string }> {
  const form = new FormData();
  form.set("messaging_product", "whatsapp");
  form.set("type", file.mime);
  form.set("file", new Blob([new Uint8Array(file.bytes)], { type: file.mime }), file.filename);
  let response: Response;
  try {
    response = await fetch(`${config.apiUrl.replace(/\/$/, "")}/${config.phoneNumberId}/media`, {
      method: "POST",
      headers: { authorization: `Bearer ${config.accessToken}` },
      body: form,
      signal: AbortSignal.timeout(config.timeoutMs ?? 30_000),
    });
  } catch (error) {
    throw new DeliveryError(`whatsapp media upload unreachable: ${(error as Error).message}`, true);
  }
  const text = await response.text();
  if (!response.ok) throw new DeliveryError(`whatsapp media HTTP ${response.status}: ${text.slice(0, 300)}`, retryableStatus(response.status));
  const id = (JSON.parse(text) as { id?: string }).id;
  if (!id) throw new DeliveryError(`whatsapp media answered without an id: ${text.slice(0, 200)}`, true);
  return { id };
}

/** Sends one WhatsApp message; returns the wamid. Throws DeliveryError (retryable or not). */
export async function sendWhatsApp(config: WhatsAppCloudConfig, message: WhatsAppMessage): Promise<{ id: string }> {
  const payload: Record<string, unknown> = { messaging_product: "whatsapp", recipient_type: "individual", to: phoneDigits(message.to) };
  if (message.template) {
    payload.type = "template";
    payload.template = {
      name: message.template.name,
      language: { code: message.template.language },
      components: [{ type: "body", parameters: message.template.bodyParameters.map((text) => ({ type: "text", text })) }],
    };
  } else if (message.media) {
    const { kind, id, caption, filename } = message.media;
    payload.type = kind;
    payload[kind] = { id, ...(caption ? { caption: caption.slice(0, 1024) } : {}), ...(kind === "document" && filename ? { filename } : {}) };
  } else {
    payload.type = "text";
    payload.text = { preview_url: true, body: message.text ?? "" };
  }
  // The Cloud API has no idempotency key; biz_opaque_callback_data comes back in status webhooks.
  if (message.idempotencyKey) payload.biz_opaque_callback_data = message.idempotencyKey;
  let response: Response;
  try {
    response = await fetch(`${config.apiUrl.replace(/\/$/, "")}/${config.phoneNumberId}/messages`, {
      method: "POST",
      headers: { authorization: `Bearer ${config.accessToken}`, "content-type": "application/json" },
      body: JSON.stringify(payload),
      signal: AbortSignal.timeout(config.timeoutMs ?? 15_000),
    });
  } catch (error) {
    throw new DeliveryError(`whatsapp unreachable: ${(error as Error).message}`, true);
  }
  const text = await response.text();
  if (!response.ok) {
    // 131026: not a WhatsApp user / undeliverable; other 4xx are our own mistakes: no retry.
    throw new DeliveryError(`whatsapp HTTP ${response.status}: ${text.slice(0, 300)}`, retryableStatus(response.status));
  }
  const json = JSON.parse(text) as { messages?: { id: string }[] };
  const id = json.messages?.[0]?.id;
  if (!id) throw new DeliveryError(`whatsapp answered without a message id: ${text.slice(0, 200)}`, true);
  return { id };
}

export class WhatsAppCloudChannel implements Channel {
  readonly name = "whatsapp-cloud";
  constructor(private readonly config: WhatsAppCloudConfig) {}
  async send(message: OutgoingMessage): Promise<SendResult> {
    const { id } = await sendWhatsApp(this.config, {
      to: message.to,
      idempotencyKey: message.idempotencyKey,
      template: { name: this.config.templateName, language: message.locale === "en" ? "en" : "id", bodyParameters: [message.text] },
    });
    return { providerMessageId: id };
  }
}
