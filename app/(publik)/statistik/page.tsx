import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { CategoryChart, MonthlyChart } from "@/components/complaints/stats-charts";
import { LatestIkmSlot } from "@/components/survey/latest-ikm-slot";
import { buttonClass } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { Select } from "@/components/ui/field";
import { getPublicStatistics, listStatisticsOffices } from "@/lib/complaints/data/public";
import { monthStart } from "@/lib/complaints/stats";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("complaints.stats");
  return { title: t("title") };
}

type Search = Promise<Record<string, string | string[] | undefined>>;

/** Public complaint statistics per office: counts only, no content and no personal data. */
export default async function StatisticsPage({ searchParams }: { searchParams: Search }) {
  const { kantor } = await searchParams;
  const offices = await listStatisticsOffices();
  const office = offices.find((o) => o.slug === kantor) ?? offices[0];
  const [t, format, stats] = await Promise.all([getTranslations("complaints.stats"), getFormatter(), office ? getPublicStatistics(office.id) : null]);
  const months = (stats?.months ?? []).map((m) => ({ ...m, label: format.dateTime(monthStart(m.month), { month: "short", year: "2-digit" }) }));
  const kpi = (label: string, value: string) => (
    <div className="rounded-xl border border-slate-200 bg-white p-4">
      <dt className="text-sm text-slate-600">{label}</dt>
      <dd className="mt-1 text-2xl font-semibold">{value}</dd>
    </div>
  );
  const th = "px-3 py-2 text-left font-medium";
  const td = "px-3 py-2";
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} description={t("intro")} />
      <form method="get" className="flex flex-col gap-2 sm:flex-row sm:items-end">
        <div className="flex-1 space-y-1">
          <label htmlFor="kantor" className="block text-sm font-medium text-slate-800">{t("office")}</label>
          <Select id="kantor" name="kantor" defaultValue={office?.slug}>
            {offices.map((o) => <option key={o.id} value={o.slug}>{o.name}</option>)}
          </Select>
        </div>
        <button type="submit" className={buttonClass({ variant: "secondary" })}>{t("show")}</button>
      </form>

      {office && stats ? (
        <>
          <h2 className="text-xl font-semibold">{office.name}</h2>
          <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
            {kpi(t("received"), format.number(stats.received))}
            {kpi(t("completedPercent"), stats.completedPercent === null ? t("none") : `${format.number(stats.completedPercent)}%`)}
            {kpi(t("median"), stats.medianWorkingDays === null ? t("none") : t("medianValue", { days: format.number(stats.medianWorkingDays) }))}
            {kpi(t("inProgress"), format.number(stats.inProgress))}
          </dl>
          <LatestIkmSlot officeId={office.id} />
          {stats.received === 0 ? <p className="text-slate-700">{t("empty")}</p> : null}

          <Card>
            <figure>
              <figcaption className="mb-2 text-lg font-semibold">{t("byMonth")}</figcaption>
              <MonthlyChart data={months} receivedLabel={t("receivedSeries")} completedLabel={t("completedSeries")} />
            </figure>
            <details className="mt-3">
              <summary className="min-h-11 cursor-pointer py-2 font-medium text-brand-700">{t("tableView")}</summary>
              <div className="overflow-x-auto">
                <table className="w-full text-sm">
                  <caption className="sr-only">{t("byMonth")}</caption>
                  <thead className="bg-slate-50"><tr><th scope="col" className={th}>{t("month")}</th><th scope="col" className={th}>{t("receivedSeries")}</th><th scope="col" className={th}>{t("completedSeries")}</th></tr></thead>
                  <tbody>
                    {months.map((m) => (
                      <tr key={m.month} className="border-t border-slate-100"><th scope="row" className={`${td} text-left font-normal`}>{m.label}</th><td className={td}>{m.received}</td><td className={td}>{m.completed}</td></tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </details>
          </Card>

          <Card>
            <figure>
              <figcaption className="mb-2 text-lg font-semibold">{t("byCategory")}</figcaption>
              <CategoryChart data={stats.categories} />
            </figure>
            <details className="mt-3">
              <summary className="min-h-11 cursor-pointer py-2 font-medium text-brand-700">{t("tableView")}</summary>
              <table className="w-full text-sm">
                <caption className="sr-only">{t("byCategory")}</caption>
                <thead className="bg-slate-50"><tr><th scope="col" className={th}>{t("category")}</th><th scope="col" className={th}>{t("count")}</th></tr></thead>
                <tbody>
                  {stats.categories.map((c) => (
                    <tr key={c.name} className="border-t border-slate-100"><th scope="row" className={`${td} text-left font-normal`}>{c.name}</th><td className={td}>{c.count}</td></tr>
                  ))}
                </tbody>
              </table>
            </details>
          </Card>
          <p className="text-sm text-slate-600">{t("rejected")}: {format.number(stats.rejected)}</p>
        </>
      ) : null}
    </div>
  );
}
