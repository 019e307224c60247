import { getFormatter, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import type { PublicRequestTracking } from "@/lib/requests/data/tracking";
import { StatusBadge } from "./status-badge";

type Found = Extract<PublicRequestTracking, { ok: true }>;

/** What /lacak shows of a request: status, dates and what to bring. Nothing personal. */
export async function RequestTrackingCard({ tracking }: { tracking: Found }) {
  const t = await getTranslations("requests.tracking");
  const format = await getFormatter();
  const date = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });
  const bring =
    tracking.status === "NEEDS_CORRECTION" ? t("correction")
    : tracking.status === "COMPLETED" && tracking.collectedAt ? null
    : tracking.digitalResult ? t("digital")
    : [tracking.pickupNote, t("bringDefault")].filter(Boolean).join(" ");
  return (
    <Card>
      <p className="font-mono text-sm text-slate-700" data-testid="tracking-number">{tracking.number}</p>
      <dl className="mt-3 grid gap-3 text-sm sm:grid-cols-3">
        <div><dt className="text-slate-600">{t("status")}</dt><dd className="mt-1"><StatusBadge status={tracking.status} /></dd></div>
        <div><dt className="text-slate-600">{t("service")}</dt><dd>{tracking.service}</dd></div>
        <div><dt className="text-slate-600">{t("office")}</dt><dd>{tracking.office}</dd></div>
        {tracking.submittedAt ? <div><dt className="text-slate-600">{t("submittedAt")}</dt><dd>{date(tracking.submittedAt)}</dd></div> : null}
        {tracking.dueAt ? <div><dt className="text-slate-600">{t("dueAt")}</dt><dd>{date(tracking.dueAt)}</dd></div> : null}
        {tracking.completedAt ? <div><dt className="text-slate-600">{t("completedAt")}</dt><dd>{date(tracking.completedAt)}</dd></div> : null}
        {tracking.collectedAt ? <div><dt className="text-slate-600">{t("collectedAt")}</dt><dd>{date(tracking.collectedAt)}</dd></div> : null}
      </dl>
      {bring ? (
        <div className="mt-4 border-t border-slate-200 pt-3 text-sm">
          <p className="font-semibold">{t("bring")}</p>
          <p>{bring}</p>
        </div>
      ) : null}
    </Card>
  );
}
