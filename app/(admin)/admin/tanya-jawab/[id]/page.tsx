import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { FaqForm } from "@/components/faq/admin/faq-form";
import { ButtonLink } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { requireActor } from "@/lib/auth";
import { listAdminServices } from "@/lib/catalogue/data";
import { getAdminFaq, listFaqCategories } from "@/lib/faq/data";

export default async function EditFaqPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor("content.manage");
  const { id } = await params;
  const [faq, t, tc, services, categories] = await Promise.all([getAdminFaq(actor, id), getTranslations("faq.admin"), getTranslations("common.actions"), listAdminServices(actor), listFaqCategories(actor.officeId)]);
  if (!faq) notFound();
  return (
    <div>
      <PageHeader
        title={t("editTitle")}
        description={`${faq.views} · ${faq.helpfulYes} / ${faq.helpfulNo}`}
        actions={
          <>
            <ButtonLink href={`/admin/tanya-jawab/${faq.id}/riwayat`} variant="secondary" size="sm">{t("history")}</ButtonLink>
            <ButtonLink href="/admin/tanya-jawab" variant="secondary" size="sm">← {tc("back")}</ButtonLink>
          </>
        }
      />
      <Card>
        <FaqForm
          faqId={faq.id}
          services={services.map((s) => ({ id: s.id, name: s.name }))}
          categories={categories}
          initial={{ question: faq.question, answer: faq.answer, category: faq.category, serviceId: faq.serviceId ?? "", status: faq.status }}
        />
      </Card>
    </div>
  );
}
