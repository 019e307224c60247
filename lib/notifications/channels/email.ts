import nodemailer, { type Transporter } from "nodemailer";
import { DeliveryError, type Channel, type OutgoingMessage, type SendResult } from "./types";

export type EmailConfig = { url: string; from: string };

/**
 * E-mail over SMTP with nodemailer (pooled connections). The delivery's idempotency key becomes
 * the Message-ID, so a message sent twice across a crash is recognisably the same message.
 */
export class EmailChannel implements Channel {
  readonly name = "email";
  private readonly transport: Transporter;
  constructor(private readonly config: EmailConfig) {
    this.transport = nodemailer.createTransport(config.url.includes("?") || !config.url.startsWith("smtp")
      ? config.url
      : { url: config.url, pool: true, maxConnections: 5, maxMessages: Infinity } as never);
  }

  async send(message: OutgoingMessage): Promise<SendResult> {
    try {
      const info = await this.transport.sendMail({
        from: this.config.from,
        to: message.to,
        subject: message.subject ?? "",
        text: message.text,
        html: message.html,
        messageId: `<${message.idempotencyKey.replace(/[^A-Za-z0-9._-]/g, ".")}@layanan-warga>`,
        headers: { "X-Notification-Event": message.event, "Content-Language": message.locale },
      });
      if (info.rejected?.length) throw new DeliveryError(`rejected: ${info.rejected.join(", ")}`, false);
      return { providerMessageId: info.messageId ?? null };
    } catch (error) {
      if (error instanceof DeliveryError) throw error;
      const e = error as { responseCode?: number; message: string };
      // 5xx SMTP replies are permanent (unknown mailbox…), 4xx and connection errors are not.
      const permanent = typeof e.responseCode === "number" && e.responseCode >= 500 && e.responseCode < 600;
      throw new DeliveryError(`smtp: ${e.message}`, !permanent);
    }
  }

  async close() {
    this.transport.close();
  }
}
