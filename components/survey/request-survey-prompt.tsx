import { getTranslations } from "next-intl/server";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import type { SurveyState } from "@/lib/survey/data/invitations";

/**
 * On the resident's page of a completed request: an invitation to rate the service while the
 * survey is open, a thank-you once it has been answered, nothing before completion.
 */
export async function RequestSurveyPrompt({ requestId, state }: { requestId: string; state: SurveyState | null }) {
  if (state !== "open" && state !== "answered") return null;
  const t = await getTranslations("survey.prompt");
  if (state === "answered") {
    return (
      <Card>
        <p className="font-medium text-green-900" data-testid="survey-recorded">{t("thanks")}</p>
      </Card>
    );
  }
  return (
    <Card>
      <h2 className="text-lg font-semibold">{t("title")}</h2>
      <p className="mt-1 text-slate-700">{t("body")}</p>
      <ButtonLink href={`/warga/survei/${requestId}`} className="mt-3 w-full sm:w-auto">
        {t("cta")}
      </ButtonLink>
    </Card>
  );
}
