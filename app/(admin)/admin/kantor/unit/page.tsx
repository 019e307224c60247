import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { UnitManager } from "@/components/admin/unit-manager";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/card";
import { requireActor } from "@/lib/auth";
import { listUnits } from "@/lib/admin/data/offices";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.units"))("title") };
}

export default async function UnitsPage() {
  const actor = await requireActor("admin.manage");
  const [t, units] = await Promise.all([getTranslations("admin.units"), listUnits(actor)]);
  return (
    <div>
      <PageHeader title={t("title")} description={t("description")} actions={<ButtonLink href="/admin/kantor" variant="secondary">{t("back")}</ButtonLink>} />
      <UnitManager units={units.map((u) => ({ id: u.id, code: u.code, name: u.name, active: u.active, members: u._count.members }))} />
    </div>
  );
}
