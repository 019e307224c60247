import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SurveyPage } from "@/components/survey/survey-page";
import { surveyByToken } from "@/lib/survey/data/invitations";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("survey.page");
  // The token is a credential: keep the page out of search engines and referrers.
  return { title: t("title"), robots: { index: false, follow: false }, referrer: "no-referrer" };
}

/** Answering through a single-use link (QR on a walk-in receipt): no login needed. */
export default async function Page({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const survey = await surveyByToken(token);
  if (!survey) notFound();
  return <SurveyPage survey={survey} target={{ kind: "token", token }} />;
}
