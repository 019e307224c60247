import Link from "@/components/ui/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/card";
import type { NewsListItem } from "@/lib/news/data";

/** One item in a list: category, date, title (the link), summary. */
export async function NewsCard({ item, officeSlug, showOffice = false }: { item: NewsListItem; officeSlug?: string; showOffice?: boolean }) {
  const [t, format] = await Promise.all([getTranslations("news"), getFormatter()]);
  // A kecamatan item shown on a kelurahan opens under the kelurahan's address.
  const href = `/berita/${officeSlug ?? item.office.slug}/${item.slug}`;
  const shared = officeSlug && item.office.slug !== officeSlug;
  return (
    <article className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
      <p className="flex flex-wrap items-center gap-2 text-sm text-slate-700">
        {item.pinned ? <Badge tone="amber">{t("pinned")}</Badge> : null}
        <Badge tone="sky">{t(`categories.${item.category}`)}</Badge>
        {item.publishAt ? <time dateTime={item.publishAt.toISOString()}>{format.dateTime(item.publishAt, { dateStyle: "medium" })}</time> : null}
      </p>
      <h3 className="mt-2 text-lg font-semibold leading-snug">
        <Link href={href} className="text-brand-700 underline-offset-2 hover:underline">{item.title}</Link>
      </h3>
      <p className="mt-1 text-slate-700">{item.summary}</p>
      {showOffice || shared ? <p className="mt-2 text-sm text-slate-600">{t("sharedFrom", { office: item.office.name })}</p> : null}
    </article>
  );
}
