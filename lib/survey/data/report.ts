import "server-only";
import { db } from "@/lib/db";
import type { Period } from "@/lib/dashboard/period";
import { krejcieMorgan, weakestUnsur } from "../ikm";
import { followUpPlans, servicesDelivered, surveyBreakdown, surveyProfile, surveySummary } from "./results";

export type SkmReport = Awaited<ReturnType<typeof skmReport>>;

/** Everything the SKM report of an office and period shows, in the web page and in the PDF. */
export async function skmReport(officeId: string, period: Period) {
  const filter = { officeId };
  const [office, summary, breakdown, profile, delivered, plans] = await Promise.all([
    db.office.findUniqueOrThrow({ where: { id: officeId }, select: { id: true, name: true, type: true, address: true, parent: { select: { name: true } } } }),
    surveySummary(filter, period),
    surveyBreakdown(filter, period),
    surveyProfile(filter, period),
    servicesDelivered(filter, period),
    followUpPlans(officeId, period.key),
  ]);
  return {
    office,
    period,
    summary,
    ...breakdown,
    profile,
    delivered,
    target: krejcieMorgan(delivered),
    weakest: weakestUnsur(summary),
    plans,
  };
}
