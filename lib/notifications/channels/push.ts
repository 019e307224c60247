import webpush from "web-push";
import { DeliveryError, type Channel, type OutgoingMessage, type SendResult } from "./types";
import type { VapidKeys } from "./vapid";

export type PushTarget = { endpoint: string; keys: { p256dh: string; auth: string } };

/**
 * Web push (RFC 8030) with VAPID. `message.to` is the subscription as JSON. A 404 or 410 from the
 * push service means the subscription is gone: the caller removes it (DeliveryError.gone).
 */
export class PushChannel implements Channel {
  readonly name = "web-push";
  constructor(private readonly vapid: VapidKeys) {}

  async send(message: OutgoingMessage): Promise<SendResult> {
    const subscription = JSON.parse(message.to) as PushTarget;
    const payload = JSON.stringify({ title: message.subject, body: message.text, url: message.url ?? "/" });
    try {
      const result = await webpush.sendNotification(subscription, payload, {
        vapidDetails: { subject: this.vapid.subject, publicKey: this.vapid.publicKey, privateKey: this.vapid.privateKey },
        TTL: 24 * 3600,
        topic: message.idempotencyKey.replace(/[^A-Za-z0-9_-]/g, "").slice(-32),
      });
      return { providerMessageId: result.headers?.location ?? null };
    } catch (error) {
      const status = (error as { statusCode?: number }).statusCode;
      if (status === 404 || status === 410) throw new DeliveryError(`push subscription gone (${status})`, false, true);
      const retryable = !status || status === 429 || status >= 500;
      throw new DeliveryError(`push HTTP ${status ?? "?"}: ${(error as Error).message}`, retryable);
    }
  }
}
