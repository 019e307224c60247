import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { NewsCard } from "@/components/news/news-card";
import { PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { pageLinks } from "@/lib/paging/keyset";
import { listPublicNews } from "@/lib/news/data";
import { NEWS_CATEGORIES, newsListQuerySchema } from "@/lib/news/schema";

type Props = { params: Promise<{ kantor: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { kantor } = await params;
  const t = await getTranslations("news.public");
  return { title: t("indexTitle"), alternates: { types: { "application/rss+xml": `/berita/${kantor}/feed.xml` } } };
}

export default async function OfficeNewsPage({ params, searchParams }: Props) {
  const { kantor } = await params;
  const query = newsListQuerySchema.parse(await searchParams);
  const [t, tn, page] = await Promise.all([
    getTranslations("news.public"),
    getTranslations("news"),
    listPublicNews(kantor, { category: query.kategori, after: query.setelah, before: query.sebelum, now: new Date() }),
  ]);
  if (!page) notFound();
  const base = `/berita/${kantor}`;
  const links = pageLinks(base, { kategori: query.kategori }, page, "resident");
  const chip = "inline-flex min-h-11 items-center rounded-full border px-4 text-sm font-medium";
  return (
    <div>
      <PageHeader title={t("listTitle", { office: page.office.name })} actions={<a href={`${base}/feed.xml`} className="text-sm text-brand-700 underline">{t("feed")}</a>} />
      <nav aria-label={t("filterLabel")} className="-mx-1 mb-4 flex gap-2 overflow-x-auto px-1 pb-1">
        <Link href={base} aria-current={!query.kategori ? "page" : undefined} className={`${chip} ${!query.kategori ? "border-brand-700 bg-brand-700 text-white" : "border-slate-300 bg-white"}`}>{t("allCategories")}</Link>
        {NEWS_CATEGORIES.map((c) => (
          <Link key={c} href={`${base}?kategori=${c}`} aria-current={query.kategori === c ? "page" : undefined} className={`${chip} shrink-0 ${query.kategori === c ? "border-brand-700 bg-brand-700 text-white" : "border-slate-300 bg-white"}`}>
            {tn(`categories.${c}`)}
          </Link>
        ))}
      </nav>
      {page.items.length === 0 ? <p>{t("empty")}</p> : (
        <ul className="grid gap-3">
          {page.items.map((item) => <li key={item.id}><NewsCard item={item} officeSlug={kantor} /></li>)}
        </ul>
      )}
      <Pagination {...links} prevLabel={t("newer")} nextLabel={t("older")} />
    </div>
  );
}
