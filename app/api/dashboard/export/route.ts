import { getLocale, getTranslations } from "next-intl/server";
import { getActor } from "@/lib/auth";
import { can } from "@/lib/auth/policy";
import { dashboardData } from "@/lib/dashboard/data/overview";
import { buildDatasets, isChartKey } from "@/lib/dashboard/datasets";
import { resolveDashboardQuery } from "@/lib/dashboard/query";
import { toCsv } from "@/lib/dashboard/stats";

/** CSV of one dashboard chart (the same rows as its table view), for the same office, period and filter. */
export async function GET(request: Request) {
  const actor = await getActor();
  if (!actor || !can(actor.role, "dashboard.view")) return new Response("Not found", { status: 404 });
  const params = Object.fromEntries(new URL(request.url).searchParams);
  if (!isChartKey(params.chart)) return new Response("Not found", { status: 404 });
  const q = await resolveDashboardQuery(actor, params);
  if (!q) return new Response("Not found", { status: 404 });
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  const data = await dashboardData({ officeId: q.office.id, period: q.period, serviceId: q.serviceId, unitId: q.unitId });
  const dataset = buildDatasets(data, (key, values) => t(key, values), locale)[params.chart];
  return new Response(toCsv(dataset.columns, dataset.rows), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${params.chart}-${q.period.key}.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
}
