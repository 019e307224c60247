import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { RevisionList } from "@/components/news/admin/revision-list";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/card";
import { requireActor } from "@/lib/auth";
import { listNewsRevisions } from "@/lib/news/data";

export default async function NewsHistoryPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor("content.manage");
  const { id } = await params;
  const [history, t, tc] = await Promise.all([listNewsRevisions(actor, id), getTranslations("news.admin.revisions"), getTranslations("common.actions")]);
  if (!history) notFound();
  return (
    <div>
      <PageHeader title={t("title", { name: history.post.title })} actions={<ButtonLink href={`/admin/berita/${id}`} variant="secondary" size="sm">← {tc("back")}</ButtonLink>} />
      <RevisionList revisions={history.revisions} />
    </div>
  );
}
