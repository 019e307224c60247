import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { ComplaintStatusBadge } from "@/components/complaints/badges";
import { ComplaintTimeline } from "@/components/complaints/timeline";
import { RequestTrackingCard } from "@/components/requests/tracking-card";
import { buttonClass } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { FormAlert, Input } from "@/components/ui/field";
import { getPublicTracking } from "@/lib/complaints/data/public";
import { clientIp } from "@/lib/http/client-ip";
import { getPublicRequestTracking } from "@/lib/requests/data/tracking";
import { classifyTracking } from "@/lib/requests/tracking";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("requests.tracking");
  return { title: t("title") };
}

type Search = Promise<Record<string, string | string[] | undefined>>;
const one = (v: string | string[] | undefined, max: number) => (typeof v === "string" ? v.slice(0, max) : "");

/**
 * Public tracking, no sign-in: a complaint by its ticket, or a request by its registration number
 * plus the last 4 digits of the applicant's NIK (both on the walk-in receipt). Plain GET form: no
 * client JavaScript. The data layer never hands over personal data.
 */
export default async function TrackPage({ searchParams }: { searchParams: Search }) {
  const params = await searchParams;
  const query = one(params.nomor, 60) || one(params.tiket, 60);
  const nik = one(params.nik, 8);
  const kind = query ? classifyTracking(query) : null;
  const [t, tt, tc, format] = await Promise.all([getTranslations("requests.tracking"), getTranslations("complaints.tracking"), getTranslations("complaints"), getFormatter()]);
  const complaint = kind?.kind === "ticket" ? await getPublicTracking(kind.ticket) : null;
  const request = kind?.kind === "request" && nik ? await getPublicRequestTracking(kind.number, nik, await clientIp()) : null;

  let problem: string | null = null;
  if (kind?.kind === "unknown") problem = t("unknown");
  else if (kind?.kind === "ticket" && !complaint) problem = tt("notFound");
  else if (kind?.kind === "request" && !nik) problem = t("nikNeeded");
  else if (request && !request.ok) problem = request.error === "rate_limited" ? t("rateLimited") : t("notFound");

  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} description={t("intro")} />
      <form method="get" action="/lacak" className="grid gap-3 sm:grid-cols-[1fr_14rem_auto] sm:items-end">
        <div className="space-y-1">
          <label htmlFor="nomor" className="block text-sm font-medium text-slate-800">{t("query")}</label>
          <Input id="nomor" name="nomor" defaultValue={query} autoCapitalize="characters" autoComplete="off" aria-describedby="nomor-hint" className="font-mono" />
          <p id="nomor-hint" className="text-xs text-slate-600">{t("queryHint")}</p>
        </div>
        <div className="space-y-1">
          <label htmlFor="nik" className="block text-sm font-medium text-slate-800">{t("nik")}</label>
          <Input id="nik" name="nik" defaultValue={nik} inputMode="numeric" maxLength={4} pattern="[0-9]{4}" autoComplete="off" aria-describedby="nik-hint" className="font-mono" />
          <p id="nik-hint" className="text-xs text-slate-600">{t("nikHint")}</p>
        </div>
        <button type="submit" className={`${buttonClass()} sm:mb-5`}>{t("search")}</button>
      </form>

      {problem ? <FormAlert>{problem}</FormAlert> : null}
      {request?.ok ? <RequestTrackingCard tracking={request} /> : null}
      {complaint ? (
        <div className="space-y-6">
          <Card>
            <p className="font-mono text-sm text-slate-700">{complaint.ticket}</p>
            <dl className="mt-3 grid gap-3 text-sm sm:grid-cols-3">
              <div><dt className="text-slate-600">{tt("status")}</dt><dd className="mt-1"><ComplaintStatusBadge status={complaint.status} /></dd></div>
              <div><dt className="text-slate-600">{tt("office")}</dt><dd>{complaint.office}</dd></div>
              <div><dt className="text-slate-600">{tt("submittedAt")}</dt><dd>{format.dateTime(complaint.submittedAt, { dateStyle: "medium" })}</dd></div>
            </dl>
            {complaint.content ? (
              <div className="mt-4 border-t border-slate-200 pt-4">
                <h2 className="text-lg font-semibold">{complaint.content.title}</h2>
                <p className="text-sm text-slate-600">{complaint.content.category} · {tc(`classification.${complaint.content.classification}`)}{complaint.content.locationText ? ` · ${complaint.content.locationText}` : ""}</p>
                <p className="mt-2 whitespace-pre-line">{complaint.content.description}</p>
              </div>
            ) : (
              <p className="mt-4 text-sm text-slate-700">{tt("restricted", { privacy: tc(`privacy.${complaint.privacy}`) })}</p>
            )}
          </Card>
          <ComplaintTimeline
            title={tt("history")}
            items={complaint.timeline.map((e, i) => ({ key: String(i), type: e.type, at: e.at, note: e.note, unitName: e.unitName, rejectReason: e.rejectReason }))}
          />
        </div>
      ) : null}
    </div>
  );
}
