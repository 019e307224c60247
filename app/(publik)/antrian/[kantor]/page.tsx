import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { todayLabels } from "@/components/antrian/labels";
import { TodayStatus } from "@/components/antrian/today-status";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/card";
import { loadQueueStatus } from "@/lib/antrian/data/public";

type Params = Promise<{ kantor: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const status = await loadQueueStatus((await params).kantor);
  const t = await getTranslations("antrian.today");
  return { title: status ? t("pageTitle", { office: status.office.name }) : t("title") };
}

/** Public "antrean hari ini" of one office, live. */
export default async function TodayQueuePage({ params }: { params: Params }) {
  const { kantor } = await params;
  const status = await loadQueueStatus(kantor);
  if (!status) notFound();
  const t = await getTranslations("antrian.today");
  return (
    <div className="space-y-4">
      <PageHeader title={t("title")} description={status.office.name} actions={<ButtonLink href={`/tv/${kantor}`} variant="secondary">{t("openTv")}</ButtonLink>} />
      <TodayStatus initial={status} labels={await todayLabels()} />
    </div>
  );
}
