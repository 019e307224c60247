import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { NewsSection } from "@/components/news/news-section";
import { TodayHoursLine } from "@/components/offices/today-hours";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { listLatestPublicNews } from "@/lib/news/data";
import { listPublicOffices } from "@/lib/offices/data";
import { getTodayHours } from "@/lib/offices/home";
import { officeTitle } from "@/lib/offices/name";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("common.titles");
  return { title: { absolute: t("home") } };
}

export default async function HomePage() {
  const now = new Date();
  const [t, tn, offices, latest] = await Promise.all([getTranslations("common"), getTranslations("news.home"), listPublicOffices(), listLatestPublicNews(now)]);
  const hours = await Promise.all(offices.map((o) => getTodayHours(o, now)));
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
      <NewsSection pinned={[]} recent={latest} seeAllHref="/berita" headingId="latest-news" />
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
          {offices.map((office, i) => (
            <Card key={office.id}>
              <h3 className="font-semibold">
                <Link href={`/kantor/${office.slug}`} className="text-brand-700 underline">{officeTitle(office.name, t(`officeTypes.${office.type}`))}</Link>
              </h3>
              <p className="text-sm text-slate-700">{office.address}</p>
              <div className="mt-1"><TodayHoursLine hours={hours[i]} /></div>
              {office.phone ? (
                <p className="text-sm text-slate-700">
                  {t("home.contact")}:{" "}
                  <a href={`tel:${office.phone.replace(/[^\d+]/g, "")}`} className="inline-flex min-h-11 items-center text-brand-700 underline">
                    {office.phone}
                  </a>
                  {office.email ? (
                    <>
                      {" · "}
                      <a href={`mailto:${office.email}`} className="text-brand-700 underline">{office.email}</a>
                    </>
                  ) : null}
                </p>
              ) : null}
              <p className="mt-2 flex flex-wrap gap-x-4 text-sm">
                <Link href={`/kantor/${office.slug}`} className="inline-flex min-h-11 items-center font-medium text-brand-700 underline">{tn("officeHome")}</Link>
                <Link href={`/berita/${office.slug}`} className="inline-flex min-h-11 items-center font-medium text-brand-700 underline">{t("nav.news")}</Link>
                <Link href={`/bantuan?kantor=${office.slug}`} className="inline-flex min-h-11 items-center font-medium text-brand-700 underline">{t("nav.help")}</Link>
                <Link href={`/antrian/${office.slug}`} className="inline-flex min-h-11 items-center font-medium text-brand-700 underline">{tq("title")}</Link>
              </p>
            </Card>
          ))}
        </div>
      </section>
    </div>
  );
}
