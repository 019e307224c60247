import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { QuestionsForm } from "@/components/survey/questions-form";
import { PageHeader } from "@/components/ui/card";
import { requireActor } from "@/lib/auth";
import { surveyQuestions } from "@/lib/survey/data/invitations";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("survey.admin");
  return { title: t("title") };
}

export default async function Page() {
  const actor = await requireActor("admin.manage");
  const t = await getTranslations("survey.admin");
  const questions = await surveyQuestions(actor.officeId);
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <QuestionsForm questions={questions} />
    </>
  );
}
