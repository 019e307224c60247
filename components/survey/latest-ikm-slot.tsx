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
  return (
    <section aria-labelledby="latest-ikm-title" className="rounded-xl border border-slate-200 bg-white p-4" data-testid="latest-ikm">
      <h3 id="latest-ikm-title" className="font-semibold">{t("title")}</h3>
      {latest && latest.ikm !== null ? (
        <>
          <p className="text-sm text-slate-600">{t("label", { period: periodLabel(latest.period, locale) })}</p>
          <p className="mt-1 flex flex-wrap items-center gap-2">
            <span className="text-3xl font-semibold tabular-nums">
              {latest.ikm.toLocaleString(locale === "en" ? "en-US" : "id-ID", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}
            </span>
            <IkmBadge category={latest.category} />
          </p>
          <p className="text-sm text-slate-600">{t("respondents", { n: latest.respondents })}</p>
        </>
      ) : (
        <p className="text-slate-600">{t("none")}</p>
      )}
    </section>
  );
}
