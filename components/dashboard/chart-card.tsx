import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Card } from "@/components/ui/card";
import { chartLabel, type Dataset } from "@/lib/dashboard/datasets";
import { Chart } from "./chart";
import { DataTable } from "./data-table";

/** A chart with its title, an accessible table view (<details>) and a CSV export of the same rows. */
export async function ChartCard({
  dataset,
  exportHref,
  note,
  tableOpen = false,
  children,
}: {
  dataset: Dataset;
  exportHref: string;
  note?: ReactNode;
  /** For datasets that are a table, not a chart (the summary). */
  tableOpen?: boolean;
  children?: ReactNode;
}) {
  const t = await getTranslations("dashboard");
  const titleId = `chart-${dataset.key}`;
  const spec = dataset.chart;
  const points = spec
    ? dataset.rows.map((r) => ({ label: chartLabel(r, spec.label), value: typeof r[spec.value] === "number" ? (r[spec.value] as number) : null }))
    : [];
  const empty = !tableOpen && (dataset.rows.length === 0 || (spec && points.every((p) => p.value === null || p.value === 0)));
  return (
    <Card className="min-w-0">
      <section aria-labelledby={titleId} data-chart={dataset.key}>
        <h2 id={titleId} className="text-lg font-semibold">{t(`charts.${dataset.key}.title`)}</h2>
        <p className="text-sm text-slate-600">{t(`charts.${dataset.key}.description`)}</p>
        {note}
        <div className="mt-3">
          {empty ? (
            <p className="rounded-lg bg-slate-50 px-3 py-6 text-center text-slate-600">{t("empty")}</p>
          ) : spec ? (
            <div role="img" aria-label={t("chartAlt", { title: t(`charts.${dataset.key}.title`) })}>
              <Chart type={spec.type} data={points} max={spec.max} />
            </div>
          ) : null}
          {children}
        </div>
        <div className="mt-3 flex flex-wrap items-start justify-between gap-2">
          <details className="w-full text-sm sm:w-auto sm:flex-1" open={tableOpen}>
            <summary className="inline-flex min-h-11 cursor-pointer items-center font-medium text-brand-700">{t("showTable")}</summary>
            <DataTable dataset={dataset} caption={t(`charts.${dataset.key}.title`)} />
          </details>
          <a href={exportHref} className="inline-flex min-h-11 items-center rounded-lg px-2 text-sm font-medium text-brand-700 underline" download>
            {t("downloadCsv")}
          </a>
        </div>
      </section>
    </Card>
  );
}
