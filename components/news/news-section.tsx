import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import type { NewsListItem } from "@/lib/news/data";
import { NewsCard } from "./news-card";

/** Pinned then recent announcements of an office, for a home page. */
export async function NewsSection({
  pinned, recent, officeSlug, title, empty, seeAllHref, headingId = "news-h",
}: { pinned: NewsListItem[]; recent: NewsListItem[]; officeSlug?: string; title?: string; empty?: string; seeAllHref?: string; headingId?: string }) {
  const t = await getTranslations("news.home");
  const items = [...pinned, ...recent];
  return (
    <section aria-labelledby={headingId} data-testid="news-section">
      <h2 id={headingId} className="mb-3 text-xl font-semibold">{title ?? t("title")}</h2>
      {items.length === 0 ? <p className="text-slate-700">{empty ?? t("empty")}</p> : (
        <ul className="grid gap-3">
          {items.map((item) => (
            <li key={item.id}><NewsCard item={item} officeSlug={officeSlug} showOffice={!officeSlug} /></li>
          ))}
        </ul>
      )}
      {seeAllHref ? (
        <p className="mt-3">
          <Link href={seeAllHref} className="inline-flex min-h-11 items-center font-medium text-brand-700 underline">{t("seeAll")} →</Link>
        </p>
      ) : null}
    </section>
  );
}
