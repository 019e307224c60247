import { getLocale, getTranslations } from "next-intl/server";
import { getActor } from "@/lib/auth";
import { can } from "@/lib/auth/policy";
import { officeComparison } from "@/lib/dashboard/data/comparison";
import { dashboardData } from "@/lib/dashboard/data/overview";
import { allStaffWorkload } from "@/lib/dashboard/data/staff";
import { buildDatasets, isChartKey, type Translator } from "@/lib/dashboard/datasets";
import { periodBounds } from "@/lib/dashboard/period";
import { comparedOffices, resolveDashboardQuery } from "@/lib/dashboard/query";
import { toCsv } from "@/lib/dashboard/stats";
import { comparisonTable, isTableKey, staffTable, type TableKey } from "@/lib/dashboard/tables";

const notFound = () => new Response("Not found", { status: 404 });

/**
 * CSV of one dashboard chart (?chart=, the same rows as its table view) or one of the supervisor's
 * tables (?table=comparison|staff), for the same office, period and filter as the page.
 */
export async function GET(request: Request) {
  const actor = await getActor();
  if (!actor || !can(actor.role, "dashboard.view")) return notFound();
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const chart = isChartKey(params.chart) ? params.chart : null;
  const table = isTableKey(params.table) ? params.table : null;
  if (!chart && !table) return notFound();
  const q = await resolveDashboardQuery(actor, params);
  if (!q) return notFound();
  const [tr, locale] = await Promise.all([getTranslations(), getLocale()]);
  const t: Translator = (key, values) => tr(key, values);

  let csv: string | null;
  if (chart) {
    const data = await dashboardData({ officeId: q.office.id, period: q.period, serviceId: q.serviceId, unitId: q.unitId });
    const dataset = buildDatasets(data, t, locale)[chart];
    csv = toCsv(dataset.columns, dataset.rows);
  } else csv = await tableCsv(table as TableKey, q, actor.officeId, t);
  // The same rule as the page: no comparison off a kecamatan, no staff names of another office.
  if (csv === null) return notFound();
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${chart ?? table}-${q.period.key}.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
}

async function tableCsv(table: TableKey, q: NonNullable<Awaited<ReturnType<typeof resolveDashboardQuery>>>, ownOfficeId: string, t: Translator) {
  if (table === "comparison") {
    const offices = comparedOffices(q);
    const comparison = offices ? await officeComparison(offices, q.period) : null;
    if (!comparison?.total) return null;
    const out = comparisonTable(comparison.rows, comparison.total, t);
    return toCsv(out.columns, out.rows);
  }
  if (q.office.id !== ownOfficeId) return null;
  const rows = await allStaffWorkload({ officeId: q.office.id, ...periodBounds(q.period), serviceId: q.serviceId, unitId: q.unitId });
  const out = staffTable(rows, t);
  return toCsv(out.columns, out.rows);
}
