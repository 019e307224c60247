import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { OfficeForm } from "@/components/admin/office-form";
import { OfficeTree } from "@/components/admin/office-tree";
import { ButtonLink } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { requireActor } from "@/lib/auth";
import { getOwnOffice, listOfficeTree } from "@/lib/admin/data/offices";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.office"))("title") };
}

export default async function OfficePage() {
  const actor = await requireActor("admin.manage");
  const [t, office, tree] = await Promise.all([getTranslations("admin.office"), getOwnOffice(actor), listOfficeTree()]);
  if (!office) notFound();
  return (
    <div className="space-y-6">
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          <>
            <ButtonLink href="/admin/kantor/unit" variant="secondary">{t("units")}</ButtonLink>
            <ButtonLink href="/admin/kantor/pos-layanan" variant="secondary">{t("points")}</ButtonLink>
          </>
        }
      />
      <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
        <Card>
          <h2 className="mb-1 text-lg font-semibold">{t("ownTitle")}</h2>
          <p className="mb-4 text-sm text-slate-600">{t("ownMeta", { code: office.code, region: office.regionCode })}</p>
          <OfficeForm initial={{ name: office.name, address: office.address, phone: office.phone ?? "", email: office.email ?? "", website: office.website ?? "" }} />
        </Card>
        <Card>
          <h2 className="mb-3 text-lg font-semibold">{t("treeTitle")}</h2>
          <OfficeTree roots={tree} ownId={office.id} />
        </Card>
      </div>
    </div>
  );
}
