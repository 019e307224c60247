import { phoneDigits } from "../phone";
import { fitSms } from "../gsm7";
import { DeliveryError, retryableStatus, type Channel, type OutgoingMessage, type SendResult } from "./types";

export type HttpSmsConfig = { url: string; userkey: string; passkey: string; maxParts?: number; timeoutMs?: number };

/**
 * A generic HTTP SMS gateway in the Zenziva style: a form POST of userkey, passkey, to, message,
 * answered with JSON { status: "1", messageId, text }. The delivery's idempotency key goes along
 * as the `Idempotency-Key` header and a `ref` field for gateways that deduplicate.
 */
export class HttpSmsChannel implements Channel {
  readonly name = "sms-http";
  constructor(private readonly config: HttpSmsConfig) {}

  async send(message: OutgoingMessage): Promise<SendResult> {
    const body = new URLSearchParams({
      userkey: this.config.userkey,
      passkey: this.config.passkey,
      to: phoneDigits(message.to),
      message: fitSms(message.text, this.config.maxParts ?? 1),
      ref: message.idempotencyKey,
    });
    let response: Response;
    try {
      response = await fetch(this.config.url, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded", "idempotency-key": message.idempotencyKey },
        body,
        signal: AbortSignal.timeout(this.config.timeoutMs ?? 15_000),
      });
    } catch (error) {
      throw new DeliveryError(`sms gateway unreachable: ${(error as Error).message}`, true);
    }
    const text = await response.text();
    if (!response.ok) throw new DeliveryError(`sms gateway HTTP ${response.status}: ${text.slice(0, 200)}`, retryableStatus(response.status));
    let json: { status?: string | number; messageId?: string | number; text?: string } = {};
    try {
      json = JSON.parse(text);
    } catch {
      throw new DeliveryError(`sms gateway answered no JSON: ${text.slice(0, 200)}`, true);
    }
    if (String(json.status) !== "1") throw new DeliveryError(`sms gateway refused: ${json.text ?? text.slice(0, 200)}`, false);
    return { providerMessageId: json.messageId != null ? String(json.messageId) : null };
  }
}
