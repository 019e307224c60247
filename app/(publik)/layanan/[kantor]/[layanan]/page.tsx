import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ServiceStandard } from "@/components/catalogue/service-standard";
import { FaqList } from "@/components/faq/faq-list";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { getActor } from "@/lib/auth";
import { mayApplyOnline } from "@/lib/requests/policy";
import { getPublicOffice, getPublicService } from "@/lib/catalogue/data";
import { listServiceFaq } from "@/lib/faq/data";

type Params = { params: Promise<{ kantor: string; layanan: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { kantor, layanan } = await params;
  const service = await getPublicService(kantor, layanan);
  return { title: service ? `${service.name} · ${service.office.name}` : undefined, description: service?.summary };
}

export default async function ServicePage({ params }: Params) {
  const { kantor, layanan } = await params;
  const [service, office] = await Promise.all([getPublicService(kantor, layanan), getPublicOffice(kantor)]);
  if (!service || !office) notFound();
  const [t, tf, actor, faq] = await Promise.all([getTranslations("catalogue"), getTranslations("faq"), getActor(), listServiceFaq(service.id)]);
  // Staff and admins read the standard too, but only residents apply.
  const canApply = mayApplyOnline(actor);
  const applyHref = `/warga/permohonan/baru/${service.id}`;
  return (
    <article>
      <nav aria-label="Breadcrumb" className="mb-3 text-sm">
        <Link href={`/layanan/${office.slug}`} className="text-brand-700 underline">← {office.name}</Link>
      </nav>
      <h1 className="text-2xl font-semibold tracking-tight">{service.name}</h1>
      <p className="mt-2 text-slate-700">{service.summary}</p>
      {canApply ? (
        <div className="mt-4">
          <ButtonLink href={applyHref} className="w-full sm:w-auto">{t("standard.apply")}</ButtonLink>
          {!actor ? (
            <p className="mt-2 text-sm text-slate-600">
              {t.rich("standard.applyHint", {
                register: (chunks) => <Link href="/daftar" className="inline-flex min-h-11 items-center font-medium text-brand-700 underline">{chunks}</Link>,
              })}
            </p>
          ) : null}
        </div>
      ) : null}
      <Card className="mt-6">
        <h2 className="mb-4 text-xl font-semibold">{t("standard.heading")}</h2>
        <ServiceStandard service={service} closeTime={office.closeTime} />
      </Card>
      {faq.length ? (
        <section aria-labelledby="service-faq" className="mt-6">
          <h2 id="service-faq" className="mb-3 text-xl font-semibold">{tf("serviceFaq")}</h2>
          <FaqList items={faq} officeSlug={office.slug} />
        </section>
      ) : null}
      {canApply ? (
        <div className="mt-6">
          <ButtonLink href={applyHref} className="w-full sm:w-auto">{t("standard.apply")}</ButtonLink>
        </div>
      ) : null}
    </article>
  );
}
