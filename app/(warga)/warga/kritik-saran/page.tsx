import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { FeedbackForm } from "@/components/feedback/feedback-form";
import { MyFeedbackList } from "@/components/feedback/my-feedback-list";
import { Card, PageHeader } from "@/components/ui/card";
import { requireActor } from "@/lib/auth";
import { listMyFeedback } from "@/lib/feedback/data";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("complaints.feedback");
  return { title: t("title") };
}

export default async function ResidentFeedbackPage() {
  const actor = await requireActor("resident.self");
  const [t, items] = await Promise.all([getTranslations("complaints.feedback"), listMyFeedback(actor)]);
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} description={t("intro")} />
      <Card>
        <FeedbackForm />
      </Card>
      <section aria-labelledby="mine-title" className="space-y-3">
        <h2 id="mine-title" className="text-lg font-semibold">{t("mine")}</h2>
        <MyFeedbackList items={items} />
      </section>
    </div>
  );
}
