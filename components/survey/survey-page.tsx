import { getTranslations } from "next-intl/server";
import { Card, PageHeader } from "@/components/ui/card";
import { FormAlert } from "@/components/ui/field";
import type { SurveyContext } from "@/lib/survey/data/invitations";
import { SurveyForm } from "./survey-form";

type Target = { kind: "token"; token: string } | { kind: "request"; requestId: string };

/** Shared frame of the link and in-app survey pages: who is asking, then the form or why it is closed. */
export async function SurveyPage({ survey, target }: { survey: SurveyContext; target: Target }) {
  const t = await getTranslations("survey.page");
  return (
    <div className="mx-auto max-w-xl">
      <PageHeader
        title={t("title")}
        description={
          <>
            {survey.officeName} · {survey.serviceName}
            {survey.number ? <span className="block text-sm">{t("number", { number: survey.number })}</span> : null}
          </>
        }
      />
      {survey.state === "open" ? (
        <SurveyForm questions={survey.questions} target={target} />
      ) : (
        <Card>
          <FormAlert tone="info">{t(survey.state === "answered" ? "answered" : "notReady")}</FormAlert>
          <p className="mt-3 text-slate-700">{t(survey.state === "answered" ? "answeredBody" : "notReadyBody")}</p>
        </Card>
      )}
    </div>
  );
}
