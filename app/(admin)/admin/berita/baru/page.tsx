import { getTranslations } from "next-intl/server";
import { NewsForm } from "@/components/news/admin/news-form";
import { ButtonLink } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { requireActor } from "@/lib/auth";
import { getOfficeForHome } from "@/lib/news/data";

export default async function NewNewsPage() {
  const actor = await requireActor("content.manage");
  const [t, tc, office] = await Promise.all([getTranslations("news.admin"), getTranslations("common.actions"), getOfficeForHome(actor.officeId)]);
  return (
    <div>
      <PageHeader title={t("newTitle")} actions={<ButtonLink href="/admin/berita" variant="secondary" size="sm">← {tc("back")}</ButtonLink>} />
      <Card>
        <NewsForm
          postId={null}
          isKecamatan={office?.type === "KECAMATAN"}
          initial={{ title: "", slug: "", summary: "", body: "", category: "PENGUMUMAN", visibility: "PUBLIC", status: "DRAFT", pinned: false, showOnChildren: false, publishAt: "", expireAt: "" }}
        />
      </Card>
    </div>
  );
}
