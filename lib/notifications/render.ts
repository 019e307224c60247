// Renders one delivery's text for its channel and language from the office's template (if any)
// or the built-in default.
import { isEventKey } from "./events";
import { fitSms } from "./gsm7";
import { localizeVars } from "./format";
import { defaultTemplate, emailHtml, render, type Template, type TemplateChannel } from "./templates";

export type Rendered = { subject: string | null; text: string; html?: string; url: string | null };

export function appUrl(env: NodeJS.ProcessEnv = process.env): string {
  return (env.APP_URL ?? `http://localhost:${env.PORT ?? 3000}`).replace(/\/$/, "");
}

export function absoluteLink(link: string | null, base = appUrl()): string | null {
  if (!link) return null;
  return /^https?:\/\//.test(link) ? link : `${base}${link.startsWith("/") ? "" : "/"}${link}`;
}

export function renderDelivery(
  d: { event: string; channel: TemplateChannel; locale: string; vars: Record<string, string | null | undefined>; link: string | null },
  override: Template | undefined,
  base = appUrl(),
): Rendered {
  if (!isEventKey(d.event)) throw new Error(`unknown event ${d.event}`);
  const template = override ?? defaultTemplate(d.event, d.channel, d.locale);
  const url = absoluteLink(d.link, base);
  const vars: Record<string, string> = { ...localizeVars(d.vars, d.locale), tautan: url ?? "" };
  if (d.vars.survei) vars.survei = absoluteLink(d.vars.survei, base) ?? "";
  const subject = template.subject ? render(template.subject, vars) : null;
  const text = d.channel === "EMAIL" ? template.body.split("\n").map((l) => render(l, vars)).join("\n") : render(template.body, vars);
  if (d.channel === "SMS") return { subject, text: fitSms(text, Number(process.env.SMS_MAX_PARTS ?? 1)), url };
  if (d.channel === "EMAIL") return { subject, text, html: emailHtml(subject ?? "", text, d.vars.kantor ?? ""), url };
  return { subject, text, url };
}
