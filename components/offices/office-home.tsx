import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { QueueTodaySlot } from "@/components/antrian/queue-today-slot";
import { FaqList } from "@/components/faq/faq-list";
import { NewsSection } from "@/components/news/news-section";
import type { getOfficeHome } from "@/lib/offices/home";
import { TodayHoursLine } from "./today-hours";
import { officeTitle } from "@/lib/offices/name";

type Home = NonNullable<Awaited<ReturnType<typeof getOfficeHome>>>;

/** An office's home block: today's hours, today's queue, announcements, top FAQ. */
export async function OfficeHome({ home, headingLevel = 2 }: { home: Home; headingLevel?: 1 | 2 }) {
  const [t, tf, tc] = await Promise.all([getTranslations("news.home"), getTranslations("faq"), getTranslations("common")]);
  const { office } = home;
  const Heading = headingLevel === 1 ? "h1" : "h2";
  return (
    <div className="space-y-8">
      <section aria-labelledby="office-today" className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
        <Heading id="office-today" className={headingLevel === 1 ? "text-2xl font-bold" : "text-lg font-semibold"}>
          {officeTitle(office.name, tc(`officeTypes.${office.type}`))}
        </Heading>
        <p className="mt-1 text-sm text-slate-700">{office.address}</p>
        {office.phone ? (
          <p className="text-sm text-slate-700">
            {tc("phoneLabel")}:{" "}
            <a href={`tel:${office.phone.replace(/[^\d+]/g, "")}`} className="inline-flex min-h-11 items-center font-medium text-brand-700 underline">
              {office.phone}
            </a>
          </p>
        ) : null}
        <div className="mt-2"><TodayHoursLine hours={home.hours} /></div>
        <QueueTodaySlot officeSlug={office.slug} />
      </section>
      <NewsSection pinned={home.news.pinned} recent={home.news.recent} officeSlug={office.slug} seeAllHref={`/berita/${office.slug}`} headingId={`news-${office.slug}`} />
      <section aria-labelledby={`faq-${office.slug}`}>
        <h2 id={`faq-${office.slug}`} className="mb-3 text-xl font-semibold">{t("topFaq")}</h2>
        {home.faq.length === 0 ? <p className="text-slate-700">{tf("empty")}</p> : <FaqList items={home.faq} officeSlug={office.slug} />}
        <p className="mt-3">
          <Link href={`/bantuan?kantor=${office.slug}`} className="inline-flex min-h-11 items-center font-medium text-brand-700 underline">{tf("seeAll")} →</Link>
        </p>
      </section>
    </div>
  );
}
