import type { Channel, OutgoingMessage, SendResult } from "./types";

/**
 * The default SMS/WhatsApp adapter when no gateway is configured: writes the message to the
 * worker's log and counts as sent, so the demo and the delivery log behave as in production.
 */
export class LogChannel implements Channel {
  constructor(readonly name: string) {}
  async send(message: OutgoingMessage): Promise<SendResult> {
    console.log(`[notifications] ${this.name} (log adapter) to ${message.to}: ${message.text}`);
    return { providerMessageId: `log-${message.idempotencyKey}` };
  }
}
