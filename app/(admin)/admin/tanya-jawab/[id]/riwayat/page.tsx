import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { RevisionList } from "@/components/news/admin/revision-list";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/card";
import { requireActor } from "@/lib/auth";
import { listFaqRevisions } from "@/lib/faq/data";

export default async function FaqHistoryPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor("content.manage");
  const { id } = await params;
  const [history, t, tc] = await Promise.all([listFaqRevisions(actor, id), getTranslations("news.admin.revisions"), getTranslations("common.actions")]);
  if (!history) notFound();
  return (
    <div>
      <PageHeader title={t("title", { name: history.faq.question })} actions={<ButtonLink href={`/admin/tanya-jawab/${id}`} variant="secondary" size="sm">← {tc("back")}</ButtonLink>} />
      <RevisionList revisions={history.revisions} />
    </div>
  );
}
