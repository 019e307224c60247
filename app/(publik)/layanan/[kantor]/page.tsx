import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { todayLabels } from "@/components/antrian/labels";
import { TodayStatus } from "@/components/antrian/today-status";
import { ServiceCard } from "@/components/catalogue/service-card";
import { loadQueueStatus } from "@/lib/antrian/data/public";
import { PageHeader } from "@/components/ui/card";
import { getPublicOffice, listPublicServices } from "@/lib/catalogue/data";

type Params = { params: Promise<{ kantor: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const office = await getPublicOffice((await params).kantor);
  const t = await getTranslations("catalogue");
  return { title: office ? t("servicesOf", { office: office.name }) : t("title") };
}

export default async function OfficeServicesPage({ params }: Params) {
  const office = await getPublicOffice((await params).kantor);
  if (!office) notFound();
  const [t, tc, services, queue] = await Promise.all([getTranslations("catalogue"), getTranslations("common"), listPublicServices(office.id), loadQueueStatus(office.slug)]);
  return (
    <div>
      <PageHeader
        title={t("servicesOf", { office: office.name })}
        description={`${office.address} · ${tc("home.hours", { open: office.openTime, close: office.closeTime })}`}
      />
      {queue && queue.counters.length > 0 ? <div className="mb-6"><TodayStatus initial={queue} labels={await todayLabels()} /></div> : null}
      {services.length === 0 ? (
        <p>{t("noServices")}</p>
      ) : (
        <ul className="grid gap-3">
          {services.map((s) => (
            <ServiceCard key={s.id} href={`/layanan/${office.slug}/${s.slug}`} service={s} />
          ))}
        </ul>
      )}
    </div>
  );
}
