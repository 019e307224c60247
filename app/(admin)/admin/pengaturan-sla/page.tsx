import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SlaSettingsForm } from "@/components/backoffice/sla-settings-form";
import { Card, PageHeader } from "@/components/ui/card";
import { requireActor } from "@/lib/auth";
import { getSlaWarnDays } from "@/lib/backoffice/data/settings";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("staff.slaSettings"))("title") };
}

export default async function SlaSettingsPage() {
  const actor = await requireActor("admin.manage");
  const t = await getTranslations("staff.slaSettings");
  const office = await getSlaWarnDays(actor);
  return (
    <>
      <PageHeader title={t("title")} description={`${office.name} · ${t("description")}`} />
      <Card>
        <SlaSettingsForm initial={office.slaWarnDays} />
      </Card>
    </>
  );
}
