import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Card, PageHeader } from "@/components/ui/card";
import { TemplateForm } from "@/components/notifications/template-form";
import { requireActor } from "@/lib/auth";
import { listOfficeTemplates } from "@/lib/notifications/data";
import { EVENT_KEYS, isEventKey } from "@/lib/notifications/events";
import { allowedVariables, defaultTemplate, TEMPLATE_CHANNELS, type TemplateChannel } from "@/lib/notifications/templates";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("notifications.templates"))("title") };
}

export default async function TemplatesPage({ searchParams }: { searchParams: Promise<{ event?: string; channel?: string; locale?: string }> }) {
  const actor = await requireActor("admin.manage");
  const params = await searchParams;
  const event = params.event && isEventKey(params.event) ? params.event : EVENT_KEYS[0];
  const channel = (TEMPLATE_CHANNELS as string[]).includes(params.channel ?? "") ? (params.channel as TemplateChannel) : "SMS";
  const locale = params.locale === "en" ? "en" : "id";
  const [t, tn, saved] = await Promise.all([getTranslations("notifications.templates"), getTranslations("notifications"), listOfficeTemplates(actor.officeId)]);
  const custom = saved.find((s) => s.event === event && s.channel === channel && s.locale === locale);
  const current = custom ?? defaultTemplate(event, channel, locale);
  const customised = new Set(saved.map((s) => s.event));
  return (
    <div>
      <PageHeader title={t("title")} description={t("description")} />
      <div className="grid gap-6 lg:grid-cols-[18rem_1fr]">
        <nav aria-label={t("event")}>
          <ul className="space-y-1">
            {EVENT_KEYS.map((key) => (
              <li key={key}>
                <a href={`?event=${key}&channel=${channel}&locale=${locale}`} aria-current={key === event ? "page" : undefined}
                  className={`flex min-h-10 items-center justify-between rounded-lg px-3 text-sm ${key === event ? "bg-brand-50 font-semibold text-brand-800" : "hover:bg-slate-100"}`}>
                  {tn(`events.${key}` as never)}
                  {customised.has(key) ? <span className="text-xs text-slate-600">{t("custom")}</span> : null}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <Card>
          <h2 className="mb-3 text-lg font-semibold">{tn(`events.${event}` as never)}</h2>
          <div className="mb-4 flex flex-wrap gap-2" role="group" aria-label={t("channel")}>
            {TEMPLATE_CHANNELS.map((c) => (
              <a key={c} href={`?event=${event}&channel=${c}&locale=${locale}`} aria-current={c === channel ? "true" : undefined}
                className={`min-h-10 rounded-full border px-3 py-2 text-sm ${c === channel ? "border-brand-700 bg-brand-700 text-white" : "border-slate-300"}`}>{tn(`channels.${c}` as never)}</a>
            ))}
            {(["id", "en"] as const).map((l) => (
              <a key={l} href={`?event=${event}&channel=${channel}&locale=${l}`} aria-current={l === locale ? "true" : undefined}
                className={`min-h-10 rounded-full border px-3 py-2 text-sm ${l === locale ? "border-slate-800 bg-slate-800 text-white" : "border-slate-300"}`}>{t(`locales.${l}`)}</a>
            ))}
          </div>
          <p className="mb-1 text-sm text-slate-700">{custom ? t("custom") : t("default")}</p>
          <p className="mb-4 text-sm text-slate-700">
            {t("variables")}: {allowedVariables(event).map((v) => <code key={v} className="mr-1 rounded bg-slate-100 px-1">{`{${v}}`}</code>)}
          </p>
          <TemplateForm
            key={`${event}-${channel}-${locale}`}
            event={event} channel={channel} locale={locale} subject={current.subject} body={current.body}
            hasSubject={channel === "EMAIL" || channel === "INAPP" || channel === "PUSH"}
            labels={{ subject: t("subject"), body: t("body"), save: t("save"), saved: t("saved"), unknown: tn.raw("errors.unknown_variable") as string, invalid: tn("errors.invalid_input") }}
          />
        </Card>
      </div>
    </div>
  );
}
