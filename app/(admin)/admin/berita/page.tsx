import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { ButtonLink } from "@/components/ui/button";
import { Badge, PageHeader } from "@/components/ui/card";
import { requireActor } from "@/lib/auth";
import { Pagination } from "@/components/ui/pagination";
import { listAdminNews } from "@/lib/news/data";
import { pageLinks, pageRequestFrom } from "@/lib/paging/keyset";
import { newsState } from "@/lib/news/window";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("news.admin"))("title") };
}

const tones = { draft: "slate", scheduled: "amber", live: "green", expired: "red" } as const;

export default async function AdminNewsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor("content.manage");
  const [t, format, page] = await Promise.all([getTranslations("news"), getFormatter(), listAdminNews(actor, pageRequestFrom(await searchParams, "staff"))]);
  const now = new Date();
  const when = (d: Date | null) => (d ? format.dateTime(d, { dateStyle: "medium", timeStyle: "short" }) : "—");
  return (
    <div>
      <PageHeader title={t("admin.title")} description={t("admin.description")} actions={<ButtonLink href="/admin/berita/baru">{t("admin.new")}</ButtonLink>} />
      {page.items.length === 0 ? <p>{t("admin.empty")}</p> : (
        <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white">
          <table className="w-full text-left text-sm">
            <thead className="bg-slate-50 text-slate-700">
              <tr>{(["title", "category", "state", "publishAt", "expireAt", "updated"] as const).map((c) => <th key={c} scope="col" className="px-3 py-2 font-semibold">{t(`admin.columns.${c}`)}</th>)}</tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {page.items.map((p) => {
                const state = newsState(p, now);
                return (
                  <tr key={p.id}>
                    <td className="px-3 py-2">
                      <Link href={`/admin/berita/${p.id}`} className="font-medium text-brand-700 underline">{p.title}</Link>
                      {p.pinned ? <> <Badge tone="amber">{t("pinned")}</Badge></> : null}
                      {p.visibility === "STAFF" ? <> <Badge>{t("visibility.STAFF")}</Badge></> : null}
                    </td>
                    <td className="px-3 py-2">{t(`categories.${p.category}`)}</td>
                    <td className="px-3 py-2" data-testid="news-state"><Badge tone={tones[state]}>{t(`states.${state}`)}</Badge></td>
                    <td className="px-3 py-2">{when(p.publishAt)}</td>
                    <td className="px-3 py-2">{when(p.expireAt)}</td>
                    <td className="px-3 py-2">{when(p.updatedAt)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <Pagination {...pageLinks("/admin/berita", {}, page)} />
    </div>
  );
}
