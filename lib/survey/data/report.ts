import "server-only";
import { db } from "@/lib/db";
import { shiftPeriod, type Period } from "@/lib/dashboard/period";
import { letterheadOf } from "@/lib/letters/data/render-input";
import { readStoredFile } from "@/lib/letters/mutations/store";
import { krejcieMorgan, weakestUnsur } from "../ikm";
import { followUpPlans, servicesDelivered, surveyBreakdown, surveyProfile, surveySummary } from "./results";
import { defaultSigner } from "../signer";

export type SkmReport = Awaited<ReturnType<typeof skmReport>>;

/** Everything the SKM report of an office and period shows, in the web page and in the PDF. */
export async function skmReport(officeId: string, period: Period) {
  const filter = { officeId };
  const previousPeriod = shiftPeriod(period, -1);
  const [office, summary, breakdown, profile, delivered, plans, previous, previousDelivered, kop, template, supervisor] = await Promise.all([
    db.office.findUniqueOrThrow({ where: { id: officeId }, select: { id: true, name: true, type: true, address: true, parent: { select: { name: true } } } }),
    surveySummary(filter, period),
    surveyBreakdown(filter, period),
    surveyProfile(filter, period),
    servicesDelivered(filter, period),
    followUpPlans(officeId, period.key),
    surveySummary(filter, previousPeriod),
    servicesDelivered(filter, previousPeriod),
    letterheadOf(db, officeId),
    // The office head as the letters sign: the newest active template signed by the Lurah/Camat/Kepala.
    db.letterTemplate.findFirst({
      where: { officeId, active: true, OR: ["Lurah", "Camat", "Kepala"].map((w) => ({ signerPosition: { startsWith: w, mode: "insensitive" as const } })) },
      orderBy: { updatedAt: "desc" },
      select: { signerName: true, signerNip: true, signerPosition: true, signPlace: true },
    }),
    db.user.findFirst({ where: { officeId, role: "SUPERVISOR", active: true }, orderBy: { createdAt: "asc" }, select: { name: true } }),
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
    previous: { period: previousPeriod, summary: previous, delivered: previousDelivered },
    kop: {
      government: kop.kopGovernment, parent: kop.kopParent, name: kop.kopName, address: kop.kopAddress, contacts: kop.kopContacts,
      logo: await readStoredFile(db, kop.logoFileId),
    },
    signer: defaultSigner(office, template, supervisor?.name ?? null),
  };
}
