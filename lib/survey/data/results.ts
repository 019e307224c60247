import "server-only";
import { db } from "@/lib/db";
import { publicCache } from "@/lib/http/public-cache";
import { computeIkm, type IkmCategory } from "../ikm";
import { periodBounds, periodContaining, shiftPeriod, trailingPeriods, monthsOf, type Period } from "@/lib/dashboard/period";
import {
  ikmForScope,
  ikmGroupedBy,
  monthlyAggregates,
  profileCounts,
  sumAggregateRows,
  toAggregates,
  type ResponseScope,
} from "./aggregate";

export type SurveyFilter = { officeId: string; serviceId?: string | null; unitId?: string | null };

export function scopeFor(filter: SurveyFilter, period: Period): ResponseScope {
  return { ...filter, ...periodBounds(period) };
}

/** IKM of a period (the SQL aggregate fed into the pure computation). */
export function surveySummary(filter: SurveyFilter, period: Period) {
  return ikmForScope(db, scopeFor(filter, period));
}

export function surveyProfile(filter: SurveyFilter, period: Period) {
  return profileCounts(db, scopeFor(filter, period));
}

export type TrendPoint = { period: Period; respondents: number; ikm: number | null; category: IkmCategory | null };

/** IKM over the `count` periods ending with `period`, from one grouped query by month. */
export async function surveyTrend(filter: SurveyFilter, period: Period, count: number): Promise<TrendPoint[]> {
  const periods = trailingPeriods(period, count);
  const months = await monthlyAggregates(db, {
    ...filter,
    start: periodBounds(periods[0]).start,
    end: periodBounds(period).end,
  });
  return periods.map((p) => {
    const rows = monthsOf(p).flatMap((m) => (months.has(m) ? [months.get(m)!] : []));
    const total = sumAggregateRows(rows);
    const result = computeIkm(toAggregates(total));
    return { period: p, respondents: Number(total.n), ikm: result.ikm, category: result.category };
  });
}

/** IKM per service and per unit, with names, for the report's Hasil. */
export async function surveyBreakdown(filter: SurveyFilter, period: Period) {
  const scope = scopeFor(filter, period);
  const [byService, byUnit, services, units] = await Promise.all([
    ikmGroupedBy(db, scope, "service_id"),
    ikmGroupedBy(db, scope, "unit_id"),
    db.service.findMany({ where: { officeId: filter.officeId }, select: { id: true, name: true } }),
    db.unit.findMany({ where: { officeId: filter.officeId }, select: { id: true, name: true } }),
  ]);
  const serviceName = new Map(services.map((s) => [s.id, s.name]));
  const unitName = new Map(units.map((u) => [u.id, u.name]));
  const named = <T extends { id: string; respondents: number }>(rows: T[], names: Map<string, string>) =>
    rows.map((r) => ({ ...r, name: names.get(r.id) ?? "—" })).sort((a, b) => b.respondents - a.respondents);
  return { byService: named(byService, serviceName), byUnit: named(byUnit, unitName) };
}

/** Services delivered in the period = requests completed in it: the population for Krejcie–Morgan. */
export async function servicesDelivered(filter: SurveyFilter, period: Period): Promise<number> {
  const { start, end } = periodBounds(period);
  return db.serviceRequest.count({
    where: {
      officeId: filter.officeId,
      status: "COMPLETED",
      completedAt: { gte: start, lt: end },
      ...(filter.serviceId ? { serviceId: filter.serviceId } : {}),
      ...(filter.unitId ? { unitId: filter.unitId } : {}),
    },
  });
}

export async function followUpPlans(officeId: string, periodKey: string) {
  return db.followUpPlan.findMany({
    where: { officeId, period: periodKey },
    orderBy: { position: "asc" },
    select: { elementCode: true, program: true, timeframe: true, responsible: true },
  });
}

/**
 * The office's latest published IKM for the public statistics page. "Published" = the most recent
 * quarter that has ended and has responses (SKM results are published after the period closes), looking
 * back up to two years.
 */
export async function computeLatestPublishedIkm(officeId: string, now = new Date()) {
  // The eight ended quarters are independent: computed in parallel, the newest with responses wins.
  const periods: Period[] = [];
  let period = shiftPeriod(periodContaining("quarter", now), -1);
  for (let i = 0; i < 8; i++, period = shiftPeriod(period, -1)) periods.push(period);
  const summaries = await Promise.all(periods.map((p) => ikmForScope(db, scopeFor({ officeId }, p))));
  const index = summaries.findIndex((s) => s.respondents > 0 && s.ikm !== null);
  return index < 0 ? null : { period: periods[index], ...summaries[index] };
}

/** The public statistics page's IKM, cached for publicCacheSeconds(). */
export const latestPublishedIkm = publicCache((officeId: string) => computeLatestPublishedIkm(officeId), "latest-ikm", ["statistics"]);

/** One page of the raw tabulation (one row per response), keyset on (submitted_at, id). */
export async function tabulationPage(filter: SurveyFilter, period: Period, after: { submittedAt: Date; id: string } | null, take = 2000) {
  const { start, end } = periodBounds(period);
  return db.surveyResponse.findMany({
    where: {
      officeId: filter.officeId,
      submittedAt: { gte: start, lt: end },
      ...(filter.serviceId ? { serviceId: filter.serviceId } : {}),
      ...(filter.unitId ? { unitId: filter.unitId } : {}),
      ...(after ? { OR: [{ submittedAt: { gt: after.submittedAt } }, { submittedAt: after.submittedAt, id: { gt: after.id } }] } : {}),
    },
    orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
    take,
    select: {
      id: true, submittedAt: true, serviceId: true, unitId: true, sex: true, ageBand: true, education: true, occupation: true,
      u1: true, u2: true, u3: true, u4: true, u5: true, u6: true, u7: true, u8: true, u9: true, suggestion: true,
    },
  });
}
