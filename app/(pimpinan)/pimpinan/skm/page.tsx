import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { KpiGrid } from "@/components/dashboard/kpi-grid";
import { PeriodFilter } from "@/components/dashboard/period-filter";
import { FollowUpEditor } from "@/components/survey/follow-up-editor";
import { IkmBadge } from "@/components/survey/ikm-badge";
import { sampleVerdict } from "@/lib/survey/ikm";
import { SkmResultTables } from "@/components/survey/skm-result-tables";
import { Card, PageHeader } from "@/components/ui/card";
import { requireActor } from "@/lib/auth";
import { periodLabel } from "@/lib/dashboard/period";
import { queryString, resolveDashboardQuery, type SearchParams } from "@/lib/dashboard/query";
import { DEFAULT_WORDING, type UnsurCode } from "@/lib/survey/frame";
import { skmReport } from "@/lib/survey/data/report";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("survey.skm");
  return { title: t("title") };
}

/** The SKM report of a period: results, sample against Krejcie–Morgan, weakest unsur and the follow-up plan. */
export default async function Page({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireActor("survey.results");
  const q = await resolveDashboardQuery(actor, await searchParams);
  if (!q) notFound();
  const [t, locale] = await Promise.all([getTranslations("survey.skm"), getLocale()]);
  const report = await skmReport(q.office.id, q.period);
  const qs = queryString({ ...q, serviceId: null, unitId: null });
  const ownOffice = q.office.id === actor.officeId;
  const name = (code: string) => DEFAULT_WORDING.find((w) => w.code === code)?.name ?? code;
  const verdict = sampleVerdict(report.summary.respondents, report.target, report.delivered);

  return (
    <>
      <PageHeader
        title={t("title")}
        description={`${report.office.name} · ${periodLabel(q.period, locale)}`}
        actions={
          <>
            <a href={`/api/survey/report?${qs}`} className="inline-flex min-h-11 items-center rounded-lg bg-brand-700 px-4 font-medium text-white hover:bg-brand-800" download>
              {t("downloadPdf")}
            </a>
            <a href={`/api/survey/tabulation?${qs}`} className="inline-flex min-h-11 items-center rounded-lg border border-slate-300 bg-white px-4 font-medium hover:bg-slate-100" download>
              {t("downloadXlsx")}
            </a>
          </>
        }
      />
      <PeriodFilter action="/pimpinan/skm" period={q.period.key} offices={q.offices} selected={{ officeId: q.office.id }} />

      <KpiGrid
        label={t("summary")}
        items={[
          { label: t("ikm"), value: report.summary.ikm?.toFixed(2) ?? "—", hint: <IkmBadge category={report.summary.category} />, testId: "skm-ikm" },
          { label: t("respondents"), value: report.summary.respondents, hint: t("target", { target: report.target }), testId: "skm-respondents" },
          {
            label: t("previous", { period: periodLabel(report.previous.period, locale) }), value: report.previous.summary.ikm?.toFixed(2) ?? "—", testId: "skm-previous",
            hint: report.previous.summary.ikm !== null && report.summary.ikm !== null
              ? t("previousDiff", { diff: `${report.summary.ikm - report.previous.summary.ikm > 0 ? "+" : ""}${(report.summary.ikm - report.previous.summary.ikm).toFixed(2)}`, n: report.previous.summary.respondents })
              : t("previousNone"),
          },
          { label: t("delivered"), value: report.delivered, hint:
            verdict === "exceeds" ? t("sampleExceeds", { n: report.summary.respondents, delivered: report.delivered })
            : verdict === "met" ? t("sampleMet") : t("sampleShort", { missing: report.target - report.summary.respondents }),
            testId: "skm-sample" },
        ]}
      />

      <details className="mt-4 rounded-xl border border-slate-200 bg-white p-3">
        <summary className="inline-flex min-h-11 cursor-pointer items-center font-medium text-brand-700">{t("signer.title")}</summary>
        <p className="text-sm text-slate-600">{t("signer.hint")}</p>
        {/* A GET form to the PDF route: the corrections travel in the URL, nothing is stored. */}
        <form method="get" action="/api/survey/report" className="mt-2 grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
          <input type="hidden" name="kantor" value={q.office.id} />
          <input type="hidden" name="periode" value={q.period.key} />
          {([
            ["ttd_tempat", "place", report.signer.place],
            ["ttd_jabatan", "position", report.signer.position],
            ["ttd_nama", "name", report.signer.name],
            ["ttd_nip", "nip", report.signer.nip ?? ""],
          ] as const).map(([name, label, value]) => (
            <label key={name} className="grid gap-1 text-sm font-medium">
              {t(`signer.${label}`)}
              <input
                name={name}
                defaultValue={value}
                className="min-h-11 rounded-lg border border-slate-300 px-3 font-normal"
                {...(name === "ttd_nip" ? { inputMode: "numeric" as const, pattern: "\\d{18}", title: t("signer.nipHint") } : {})}
              />
            </label>
          ))}
          <div className="sm:col-span-2 lg:col-span-4">
            <button type="submit" className="inline-flex min-h-11 items-center rounded-lg bg-brand-700 px-4 font-medium text-white hover:bg-brand-800">{t("downloadPdf")}</button>
          </div>
        </form>
      </details>

      <div className="mt-6 grid gap-4 [&>*]:min-w-0">
        <SkmResultTables report={report} />
        <Card>
          <h2 className="text-lg font-semibold">{t("weakest")}</h2>
          {report.weakest.length === 0 ? (
            <p className="mt-2 text-slate-600">{t("noData")}</p>
          ) : (
            <ol className="mt-2 list-decimal space-y-1 pl-6">
              {report.weakest.map((u) => (
                <li key={u.code}>
                  {u.code} {name(u.code)} — NRR {u.nrr?.toFixed(3)} ({u.value?.toFixed(2)})
                </li>
              ))}
            </ol>
          )}
        </Card>
        <Card>
          <h2 className="text-lg font-semibold">{t("planTitle")}</h2>
          <p className="mb-3 text-sm text-slate-600">{ownOffice ? t("planHint") : t("planReadOnly")}</p>
          {ownOffice ? (
            <FollowUpEditor period={q.period.key} rows={report.plans.map((p) => ({ ...p, elementCode: p.elementCode as UnsurCode }))} suggested={report.weakest.map((u) => u.code)} />
          ) : (
            <ul className="list-disc pl-6">
              {report.plans.map((p, i) => (
                <li key={i}>{`${p.elementCode} · ${p.program} · ${p.timeframe} · ${p.responsible}`}</li>
              ))}
            </ul>
          )}
        </Card>
      </div>
    </>
  );
}
