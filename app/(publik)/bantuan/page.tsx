import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { FaqList } from "@/components/faq/faq-list";
import { PageHeader } from "@/components/ui/card";
import { getActor } from "@/lib/auth";
import { listPublicFaqCategories, listTopFaq, searchFaq } from "@/lib/faq/data";
import { faqSearchSchema } from "@/lib/faq/schema";
import { listPublicOffices } from "@/lib/offices/data";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("faq");
  return { title: t("title"), description: t("intro") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function HelpPage({ searchParams }: Props) {
  const query = faqSearchSchema.parse(await searchParams);
  const [t, offices, actor] = await Promise.all([getTranslations("faq"), listPublicOffices(), getActor()]);
  const withFaq = offices.filter((o) => o.type !== "KECAMATAN");
  // Default office: the one named in the address, else the signed-in user's, else the first kelurahan.
  const office = withFaq.find((o) => o.slug === query.kantor) ?? withFaq.find((o) => o.id === actor?.officeId) ?? withFaq[0] ?? offices[0];
  if (!office) return <PageHeader title={t("title")} description={t("empty")} />;
  const q = query.q ?? "";
  const categories = await listPublicFaqCategories(office.id);
  const category = categories.some((c) => c.category === query.kategori) ? query.kategori : undefined;
  const result = q ? await searchFaq(office.id, q, 20, category) : { mode: "top" as const, items: await listTopFaq(office.id, 20, category) };
  const hrefFor = (kategori?: string) => `/bantuan?${new URLSearchParams({ kantor: office.slug, ...(q ? { q } : {}), ...(kategori ? { kategori } : {}) })}`;
  const chip = (selected: boolean) =>
    `inline-flex min-h-11 items-center rounded-full border px-4 text-sm font-medium ${selected ? "border-brand-700 bg-brand-700 text-white" : "border-slate-300 bg-white text-slate-800 hover:bg-slate-50"}`;
  return (
    <div className="space-y-5">
      <PageHeader title={t("title")} description={t("intro")} />
      <form role="search" method="get" action="/bantuan" className="grid gap-3 rounded-xl border border-slate-200 bg-white p-4 sm:grid-cols-[1fr_2fr_auto] sm:items-end">
        <div className="space-y-1">
          <label htmlFor="kantor" className="block text-sm font-medium">{t("office")}</label>
          <select id="kantor" name="kantor" defaultValue={office.slug} className="block min-h-11 w-full rounded-lg border border-slate-400 bg-white px-3 text-base">
            {withFaq.map((o) => <option key={o.id} value={o.slug}>{o.name}</option>)}
          </select>
        </div>
        <div className="space-y-1">
          <label htmlFor="q" className="block text-sm font-medium">{t("searchLabel")}</label>
          <input id="q" name="q" type="search" defaultValue={q} placeholder={t("searchPlaceholder")} maxLength={100} className="block min-h-11 w-full rounded-lg border border-slate-400 bg-white px-3 text-base placeholder:text-slate-500" />
        </div>
        {category ? <input type="hidden" name="kategori" value={category} /> : null}
        <button type="submit" className="min-h-11 rounded-lg bg-brand-700 px-5 font-semibold text-white hover:bg-brand-800">{t("search")}</button>
      </form>
      {categories.length > 1 ? (
        <nav aria-label={t("categories")}>
          <ul className="flex flex-wrap gap-2">
            <li><a href={hrefFor()} aria-current={category ? undefined : "page"} className={chip(!category)}>{t("allCategories")}</a></li>
            {categories.map((c) => (
              <li key={c.category}>
                <a href={hrefFor(c.category)} aria-current={c.category === category ? "page" : undefined} className={chip(c.category === category)}>
                  {t("categoryCount", { kategori: c.category, count: c.count })}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      <section aria-labelledby="faq-results">
        <h2 id="faq-results" className="mb-3 text-xl font-semibold">{q ? t("results", { q }) : category ? t("inCategory", { kategori: category }) : t("mostAsked")}</h2>
        {q && result.mode === "similar" && result.items.length ? <p className="mb-3 text-slate-700">{t("similar")}</p> : null}
        {result.items.length === 0 ? <p className="text-slate-700">{q ? t("noResults", { q }) : t("empty")}</p> : <FaqList items={result.items} officeSlug={office.slug} openFirst={Boolean(q)} />}
      </section>
    </div>
  );
}
