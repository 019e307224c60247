import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { WalkInForm } from "@/components/antrian/walk-in-form";
import { PageHeader } from "@/components/ui/card";
import { listQueueServices } from "@/lib/antrian/data/public";
import { requireActor } from "@/lib/auth";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("antrian.walkIn"))("title") };
}

export default async function WalkInPage() {
  const actor = await requireActor("queue.operate");
  const [t, services] = await Promise.all([getTranslations("antrian.walkIn"), listQueueServices(actor.officeId)]);
  return (
    <div>
      <PageHeader title={t("title")} description={t("intro")} />
      <WalkInForm services={services.map((s) => ({ id: s.id, prefix: s.prefix, name: s.name }))} />
    </div>
  );
}
