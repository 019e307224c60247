import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { IntlProvider } from "@/i18n/client-provider";
import { WalkInForm } from "@/components/antrian/walk-in-form";
import { listQueueServices } from "@/lib/antrian/data/public";
import { getPublicOfficeById } from "@/lib/antrian/data/office";
import { requireActor } from "@/lib/auth";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("antrian.walkIn"))("kioskTitle") };
}

/**
 * The entrance kiosk: a tablet signed in as staff of the office, full screen, big buttons, prints
 * the number. Outside the staff layout so visitors see no staff menu.
 */
export default async function KioskPage({ params }: { params: Promise<{ kantor: string }> }) {
  const actor = await requireActor("queue.operate");
  const office = await getPublicOfficeById(actor.officeId);
  if (!office || office.slug !== (await params).kantor) notFound();
  const [t, services] = await Promise.all([getTranslations("antrian.walkIn"), listQueueServices(actor.officeId)]);
  return (
    <main id="main" className="mx-auto min-h-dvh max-w-4xl p-6">
      <h1 className="text-3xl font-bold">{t("kioskTitle")}</h1>
      <p className="mb-6 text-lg text-slate-700">{office.name}</p>
      <IntlProvider namespaces={["antrian"]}>
        <WalkInForm kiosk services={services.map((s) => ({ id: s.id, prefix: s.prefix, name: s.name }))} />
      </IntlProvider>
    </main>
  );
}
