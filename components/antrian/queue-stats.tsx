import { getTranslations } from "next-intl/server";
import { Chart } from "@/components/dashboard/chart";
import { Card } from "@/components/ui/card";
import { QUEUE_DIMENSIONS, type QueueDimension, type QueueStatRow } from "@/lib/antrian/data/stats";

/** The queue section of the supervisor dashboard: one chart + table per grouping, each with its CSV. */
export async function QueueStats({ data, csvHref }: { data: Record<QueueDimension, QueueStatRow[]>; csvHref: (by: QueueDimension) => string }) {
  const t = await getTranslations("antrian.stats");
  const num = (v: number | null) => (v === null ? "—" : v.toLocaleString("id-ID"));
  return (
    <section aria-labelledby="queue-stats" data-chart="queue">
      <h2 id="queue-stats" className="mt-8 text-xl font-semibold">{t("title")}</h2>
      <p className="text-sm text-slate-600">{t("description")}</p>
      <div className="mt-3 grid gap-4 lg:grid-cols-2">
        {QUEUE_DIMENSIONS.map((by) => {
          const rows = data[by];
          return (
            <Card key={by} className="min-w-0">
              <div className="flex items-center justify-between gap-2">
                <h3 className="font-semibold">{t(`by.${by}`)}</h3>
                <a href={csvHref(by)} className="text-sm text-brand-700 underline">{t("csv")}</a>
              </div>
              {rows.length === 0 ? (
                <p className="mt-2 rounded-lg bg-slate-50 px-3 py-6 text-center text-slate-600">{t("empty")}</p>
              ) : (
                <>
                  <div role="img" aria-label={t("chartAlt", { by: t(`by.${by}`) })} className="mt-2">
                    <Chart type={by === "day" ? "line" : "bar"} data={rows.map((r) => ({ label: r.key, value: r.waitMean }))} max={by === "day" ? Math.max(...rows.map((r) => r.waitMean ?? 0)) + 5 : undefined} />
                  </div>
                  <div className="mt-2 max-h-64 overflow-auto" tabIndex={0} role="region" aria-label={t("tableOf", { by: t(`by.${by}`) })}>
                    <table className="w-full text-xs" data-testid={`queue-stats-${by}`}>
                      <thead className="sticky top-0 bg-white text-left text-slate-600">
                        <tr>
                          {["group", "tickets", "waitMean", "waitMedian", "waitP90", "waitSd", "serviceMean", "serviceMedian", "serviceP90", "noShow"].map((k) => <th key={k} className="px-1 py-1">{t(k)}</th>)}
                        </tr>
                      </thead>
                      <tbody>
                        {rows.map((r) => (
                          <tr key={r.key} className="border-t border-slate-100 tabular-nums">
                            <td className="px-1 py-0.5">{r.key}</td><td className="px-1">{r.tickets}</td>
                            <td className="px-1">{num(r.waitMean)}</td><td className="px-1">{num(r.waitMedian)}</td><td className="px-1">{num(r.waitP90)}</td><td className="px-1">{num(r.waitSd)}</td>
                            <td className="px-1">{num(r.serviceMean)}</td><td className="px-1">{num(r.serviceMedian)}</td><td className="px-1">{num(r.serviceP90)}</td><td className="px-1">{num(r.noShowRate)}</td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </div>
                </>
              )}
            </Card>
          );
        })}
      </div>
    </section>
  );
}
