import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { WalkInForm } from "@/components/requests/staff/walk-in-form";
import { PageHeader } from "@/components/ui/card";
import { requireActor } from "@/lib/auth";
import { listActorServicePoints, listWalkInServices } from "@/lib/requests/data/staff/walk-in";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("staff.walkIn"))("title") };
}

export default async function WalkInPage() {
  const actor = await requireActor("request.assisted");
  const t = await getTranslations("staff.walkIn");
  const [services, points] = await Promise.all([listWalkInServices(actor), listActorServicePoints(actor)]);
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <WalkInForm services={services} points={points} />
    </>
  );
}
