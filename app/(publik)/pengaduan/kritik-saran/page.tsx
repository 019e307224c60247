import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { FeedbackForm } from "@/components/feedback/feedback-form";
import { ButtonLink } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { getActor } from "@/lib/auth";
import { listStatisticsOffices } from "@/lib/complaints/data/public";
import { canSendFeedback } from "@/lib/feedback/policy";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("complaints.feedback");
  return { title: t("publicTitle") };
}

/**
 * Kritik & saran without an account: always anonymous, so nobody is put off by having to register,
 * but no answer can reach the sender (the page says so and points to the resident page for that).
 */
export default async function PublicFeedbackPage() {
  const [t, actor, offices] = await Promise.all([getTranslations("complaints.feedback"), getActor(), listStatisticsOffices()]);
  return (
    <div className="space-y-6">
      <PageHeader title={t("publicTitle")} description={t("publicIntro")} />
      {canSendFeedback(actor) ? <ButtonLink href="/warga/kritik-saran">{t("title")}</ButtonLink> : null}
      <Card>
        <FeedbackForm offices={offices.map((o) => ({ id: o.id, name: o.name }))} />
      </Card>
    </div>
  );
}
