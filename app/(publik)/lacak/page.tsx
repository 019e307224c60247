import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { ComplaintStatusBadge } from "@/components/complaints/badges";
import { ComplaintTimeline } from "@/components/complaints/timeline";
import { buttonClass } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { FormAlert, Input } from "@/components/ui/field";
import { getPublicTracking } from "@/lib/complaints/data/public";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("complaints.tracking");
  return { title: t("title") };
}

type Search = Promise<Record<string, string | string[] | undefined>>;

/** Public tracking by ticket number, no sign-in. The data layer never hands over personal data. */
export default async function TrackPage({ searchParams }: { searchParams: Search }) {
  const { tiket } = await searchParams;
  const ticket = typeof tiket === "string" ? tiket.slice(0, 40) : "";
  const [t, tc, format, result] = await Promise.all([
    getTranslations("complaints.tracking"),
    getTranslations("complaints"),
    getFormatter(),
    ticket ? getPublicTracking(ticket) : Promise.resolve(null),
  ]);
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} description={t("intro")} />
      <form method="get" action="/lacak" className="flex flex-col gap-2 sm:flex-row sm:items-end">
        <div className="flex-1 space-y-1">
          <label htmlFor="tiket" className="block text-sm font-medium text-slate-800">{t("ticket")}</label>
          <Input id="tiket" name="tiket" defaultValue={ticket} autoCapitalize="characters" autoComplete="off" placeholder="ADU-PKS-2026-000123" className="font-mono" />
        </div>
        <button type="submit" className={buttonClass()}>{t("search")}</button>
      </form>

      {ticket && !result ? <FormAlert>{t("notFound")}</FormAlert> : null}
      {result ? (
        <div className="space-y-6">
          <Card>
            <p className="font-mono text-sm text-slate-700">{result.ticket}</p>
            <dl className="mt-3 grid gap-3 text-sm sm:grid-cols-3">
              <div><dt className="text-slate-600">{t("status")}</dt><dd className="mt-1"><ComplaintStatusBadge status={result.status} /></dd></div>
              <div><dt className="text-slate-600">{t("office")}</dt><dd>{result.office}</dd></div>
              <div><dt className="text-slate-600">{t("submittedAt")}</dt><dd>{format.dateTime(result.submittedAt, { dateStyle: "medium" })}</dd></div>
            </dl>
            {result.content ? (
              <div className="mt-4 border-t border-slate-200 pt-4">
                <h2 className="text-lg font-semibold">{result.content.title}</h2>
                <p className="text-sm text-slate-600">{result.content.category} · {tc(`classification.${result.content.classification}`)}{result.content.locationText ? ` · ${result.content.locationText}` : ""}</p>
                <p className="mt-2 whitespace-pre-line">{result.content.description}</p>
              </div>
            ) : (
              <p className="mt-4 text-sm text-slate-700">{t("restricted", { privacy: tc(`privacy.${result.privacy}`) })}</p>
            )}
          </Card>
          <ComplaintTimeline
            title={t("history")}
            items={result.timeline.map((e, i) => ({ key: String(i), type: e.type, at: e.at, note: e.note, unitName: e.unitName, rejectReason: e.rejectReason }))}
          />
        </div>
      ) : null}
    </div>
  );
}
