import "server-only";
import { krejcieMorgan } from "@/lib/survey/ikm";
import { servicesDelivered, surveyProfile, surveySummary, surveyTrend } from "@/lib/survey/data/results";
import { periodBounds, TREND_LENGTH, type Period } from "../period";
import { complaintMetrics } from "./complaints";
import { requestMetrics } from "./requests";
import { cachedOfficeCalendar } from "@/lib/calendar/data";

export type DashboardQuery = { officeId: string; period: Period; serviceId: string | null; unitId: string | null };

export type DashboardData = Awaited<ReturnType<typeof dashboardData>>;

/** Every figure of the supervisor dashboard for one office, period and filter. */
export async function dashboardData(query: DashboardQuery, now = new Date()) {
  const filter = { officeId: query.officeId, serviceId: query.serviceId, unitId: query.unitId };
  const scope = { ...filter, ...periodBounds(query.period) };
  const calendar = await cachedOfficeCalendar(query.officeId);
  const [survey, trend, profile, requests, complaints, delivered] = await Promise.all([
    surveySummary(filter, query.period),
    surveyTrend(filter, query.period, TREND_LENGTH[query.period.kind]),
    surveyProfile(filter, query.period),
    requestMetrics(scope, calendar, now),
    complaintMetrics(scope, calendar),
    servicesDelivered(filter, query.period),
  ]);
  return { query, survey, trend, profile, requests, complaints, sample: { delivered, target: krejcieMorgan(delivered) } };
}
