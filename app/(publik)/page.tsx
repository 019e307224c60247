import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { listPublicOffices } from "@/lib/offices/data";

export default async function HomePage() {
  const t = await getTranslations("common");
  const offices = await listPublicOffices();
  const tq = await getTranslations("antrian.today");
  return (
    <div className="space-y-8">
      <section className="rounded-2xl bg-brand-700 px-5 py-8 text-white">
        <h1 className="text-2xl font-bold leading-tight sm:text-3xl">{t("home.heroTitle")}</h1>
        <p className="mt-3 text-brand-50">{t("home.heroBody")}</p>
        <div className="mt-5 flex flex-wrap gap-3">
          <ButtonLink href="/layanan" variant="secondary">{t("home.start")}</ButtonLink>
          <ButtonLink href="/daftar" variant="ghost" className="bg-white/10 text-white hover:bg-white/20">{t("nav.register")}</ButtonLink>
        </div>
      </section>
      <section aria-labelledby="can-do">
        <h2 id="can-do" className="text-xl font-semibold">{t("home.whatYouCanDo")}</h2>
        <ul className="mt-3 grid gap-3 sm:grid-cols-2">
          {(["canApply", "canTrack", "canComplain", "canRate"] as const).map((key) => (
            <li key={key} className="rounded-xl border border-slate-200 bg-white p-4">{t(`home.${key}`)}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="offices">
        <h2 id="offices" className="text-xl font-semibold">{t("home.offices")}</h2>
        <div className="mt-3 grid gap-3">
          {offices.map((office) => (
            <Card key={office.id}>
              <h3 className="font-semibold">{t(`officeTypes.${office.type}`)} · {office.name}</h3>
              <p className="text-sm text-slate-700">{office.address}</p>
              <p className="text-sm text-slate-700">{t("home.hours", { open: office.openTime, close: office.closeTime })}</p>
              {office.phone ? <p className="text-sm text-slate-700">{t("home.contact")}: {office.phone}{office.email ? ` · ${office.email}` : ""}</p> : null}
              <Link href={`/antrian/${office.slug}`} className="mt-2 inline-block font-medium text-brand-700 underline">{tq("title")}</Link>
            </Card>
          ))}
        </div>
      </section>
    </div>
  );
}
