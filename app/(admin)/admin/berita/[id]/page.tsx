import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CoverForm, DeleteDraftButton } from "@/components/news/admin/cover-form";
import { NewsForm } from "@/components/news/admin/news-form";
import { ButtonLink } from "@/components/ui/button";
import { Badge, Card, PageHeader } from "@/components/ui/card";
import { requireActor } from "@/lib/auth";
import { getAdminNews } from "@/lib/news/data";
import { dateToJakartaLocal, newsState } from "@/lib/news/window";

export default async function EditNewsPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor("content.manage");
  const { id } = await params;
  const [post, t] = await Promise.all([getAdminNews(actor, id), getTranslations("news")]);
  if (!post) notFound();
  const state = newsState(post, new Date());
  return (
    <div className="space-y-6">
      <PageHeader
        title={post.title}
        description={<Badge tone={state === "live" ? "green" : state === "scheduled" ? "amber" : state === "expired" ? "red" : "slate"}>{t(`states.${state}`)}</Badge>}
        actions={
          <>
            <ButtonLink href={`/admin/berita/${post.id}/riwayat`} variant="secondary" size="sm">{t("admin.history")}</ButtonLink>
            {state === "live" && post.visibility === "PUBLIC" ? <ButtonLink href={`/berita/${post.office.slug}/${post.slug}`} variant="secondary" size="sm">{t("admin.viewPublic")}</ButtonLink> : null}
            {post.status === "DRAFT" ? <DeleteDraftButton postId={post.id} /> : null}
          </>
        }
      />
      <Card>
        <h2 className="mb-4 text-lg font-semibold">{t("admin.editTitle")}</h2>
        <NewsForm
          postId={post.id}
          isKecamatan={post.office.type === "KECAMATAN"}
          initial={{
            title: post.title, slug: post.slug, summary: post.summary, body: post.body, category: post.category, visibility: post.visibility,
            status: post.status, pinned: post.pinned, showOnChildren: post.showOnChildren,
            publishAt: dateToJakartaLocal(post.publishAt), expireAt: dateToJakartaLocal(post.expireAt),
          }}
        />
      </Card>
      <Card>
        <h2 className="mb-3 text-lg font-semibold">{t("admin.cover.title")}</h2>
        <CoverForm postId={post.id} hasCover={Boolean(post.coverFileId)} version={post.coverFileId ?? ""} />
      </Card>
    </div>
  );
}
