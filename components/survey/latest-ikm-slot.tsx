import { getLocale, getTranslations } from "next-intl/server";
import { periodLabel } from "@/lib/dashboard/period";
import { latestPublishedIkm } from "@/lib/survey/data/results";
import { IkmBadge } from "./ikm-badge";

/**
 * The office's latest published IKM for the public statistics page: the most recent ended quarter
 * with responses (see latestPublishedIkm). Public figures only: no answers, no suggestions.
 */
export async function LatestIkmSlot({ officeId }: { officeId: string }) {
  const [t, locale, latest] = await Promise.all([getTranslations("survey.latest"), getLocale(), latestPublishedIkm(officeId)]);
  if (!latest) return <p className="text-slate-600" data-testid="latest-ikm">{t("none")}</p>;
  return (
    <div data-testid="latest-ikm">
      <p className="text-sm text-slate-600">{t("label", { period: periodLabel(latest.period, locale) })}</p>
      <p className="mt-1 flex flex-wrap items-center gap-2">
        <span className="text-3xl font-semibold tabular-nums">{latest.ikm!.toLocaleString(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 })}</span>
        <IkmBadge category={latest.category} />
      </p>
      <p className="text-sm text-slate-600">{t("respondents", { n: latest.respondents })}</p>
    </div>
  );
}
