import { getTranslations } from "next-intl/server";
import { FaqForm } from "@/components/faq/admin/faq-form";
import { ButtonLink } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { requireActor } from "@/lib/auth";
import { listAdminServices } from "@/lib/catalogue/data";
import { listFaqCategories } from "@/lib/faq/data";

export default async function NewFaqPage() {
  const actor = await requireActor("content.manage");
  const [t, tc, services, categories] = await Promise.all([getTranslations("faq.admin"), getTranslations("common.actions"), listAdminServices(actor), listFaqCategories(actor.officeId)]);
  return (
    <div>
      <PageHeader title={t("newTitle")} actions={<ButtonLink href="/admin/tanya-jawab" variant="secondary" size="sm">← {tc("back")}</ButtonLink>} />
      <Card>
        <FaqForm faqId={null} services={services.filter((s) => s.active).map((s) => ({ id: s.id, name: s.name }))} categories={categories} initial={{ question: "", answer: "", category: "", serviceId: "", status: "DRAFT" }} />
      </Card>
    </div>
  );
}
