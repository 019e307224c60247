import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ServicePointManager } from "@/components/admin/service-point-manager";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/card";
import { requireActor } from "@/lib/auth";
import { listServicePoints } from "@/lib/admin/data/offices";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.points"))("title") };
}

export default async function ServicePointsPage() {
  const actor = await requireActor("admin.manage");
  const [t, points] = await Promise.all([getTranslations("admin.points"), listServicePoints(actor)]);
  return (
    <div>
      <PageHeader title={t("title")} description={t("description")} actions={<ButtonLink href="/admin/kantor" variant="secondary">{t("back")}</ButtonLink>} />
      <ServicePointManager points={points.map((p) => ({ id: p.id, name: p.name, kind: p.kind, address: p.address, active: p.active, members: p._count.members }))} />
    </div>
  );
}
