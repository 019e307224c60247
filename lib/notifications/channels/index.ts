// Which adapter serves each channel, from the environment (see README, Configuration).
import type { NotificationChannel } from "../channel-names";
import { EmailChannel } from "./email";
import { LogChannel } from "./log";
import { PushChannel } from "./push";
import { HttpSmsChannel } from "./sms-http";
import type { Channel } from "./types";
import { vapidKeys } from "./vapid";
import { WhatsAppCloudChannel } from "./whatsapp-cloud";

export type ChannelSet = Record<NotificationChannel, Channel>;

export function mailFrom(env: NodeJS.ProcessEnv = process.env): string {
  return env.MAIL_FROM ?? "Layanan Warga <noreply@layanan-warga.local>";
}

/** `smtpUrl` overrides SMTP_URL (the worker passes its local mailbox server when none is set). */
export function channelsFromEnv(env: NodeJS.ProcessEnv = process.env, smtpUrl = env.SMTP_URL): ChannelSet {
  if (!smtpUrl) throw new Error("no SMTP server: set SMTP_URL or let the worker start its local mailbox");
  const sms: Channel =
    env.SMS_GATEWAY_URL
      ? new HttpSmsChannel({
          url: env.SMS_GATEWAY_URL,
          userkey: env.SMS_GATEWAY_USERKEY ?? "",
          passkey: env.SMS_GATEWAY_PASSKEY ?? "",
          maxParts: Number(env.SMS_MAX_PARTS ?? 1),
        })
      : new LogChannel("sms");
  const whatsapp: Channel =
    env.WHATSAPP_ACCESS_TOKEN && env.WHATSAPP_PHONE_NUMBER_ID
      ? new WhatsAppCloudChannel({
          apiUrl: env.WHATSAPP_API_URL ?? "https://graph.facebook.com/v21.0",
          phoneNumberId: env.WHATSAPP_PHONE_NUMBER_ID,
          accessToken: env.WHATSAPP_ACCESS_TOKEN,
          templateName: env.WHATSAPP_TEMPLATE ?? "layanan_warga_notifikasi",
        })
      : new LogChannel("whatsapp");
  return {
    EMAIL: new EmailChannel({ url: smtpUrl, from: mailFrom(env) }),
    SMS: sms,
    WHATSAPP: whatsapp,
    PUSH: new PushChannel(vapidKeys()),
  };
}
