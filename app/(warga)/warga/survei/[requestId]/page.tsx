import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SurveyPage } from "@/components/survey/survey-page";
import { requireActor } from "@/lib/auth";
import { surveyForRequest } from "@/lib/survey/data/invitations";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("survey.page");
  return { title: t("title") };
}

/** The survey of one of the resident's own completed requests (another resident's request: 404). */
export default async function Page({ params }: { params: Promise<{ requestId: string }> }) {
  const actor = await requireActor("resident.self");
  const { requestId } = await params;
  const survey = await surveyForRequest(actor, requestId);
  if (!survey) notFound();
  return <SurveyPage survey={survey} target={{ kind: "request", requestId }} />;
}
