import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { UserForm } from "@/components/admin/user-form";
import { ButtonLink } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { requireActor } from "@/lib/auth";
import { listServicePoints, listUnits } from "@/lib/admin/data/offices";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.users"))("newTitle") };
}

export default async function NewUserPage() {
  const actor = await requireActor("admin.manage");
  const [t, units, points] = await Promise.all([
    getTranslations("admin.users"),
    listUnits(actor, { activeOnly: true }),
    listServicePoints(actor, { activeOnly: true }),
  ]);
  return (
    <div>
      <PageHeader title={t("newTitle")} description={t("newDescription")} actions={<ButtonLink href="/admin/pengguna" variant="secondary">{t("backToList")}</ButtonLink>} />
      <Card>
        <UserForm
          userId={null}
          initial={{ name: "", email: "", phone: "", role: "STAFF", unitIds: [], servicePointIds: [] }}
          units={units.map((u) => ({ id: u.id, label: `${u.code} · ${u.name}` }))}
          points={points.map((p) => ({ id: p.id, label: p.name }))}
        />
      </Card>
    </div>
  );
}
