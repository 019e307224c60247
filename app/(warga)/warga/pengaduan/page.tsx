import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { ComplaintStatusBadge } from "@/components/complaints/badges";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { requireActor } from "@/lib/auth";
import { listMyComplaints } from "@/lib/complaints/data/resident";
import { pageLinks, pageRequestFrom } from "@/lib/paging/keyset";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("complaints.resident");
  return { title: t("listTitle") };
}

type Search = Promise<Record<string, string | string[] | undefined>>;

export default async function MyComplaintsPage({ searchParams }: { searchParams: Search }) {
  const actor = await requireActor("complaint.file");
  const page = await listMyComplaints(actor, pageRequestFrom(await searchParams, "resident"));
  const [t, format] = await Promise.all([getTranslations("complaints.resident"), getFormatter()]);
  const links = pageLinks("/warga/pengaduan", {}, { prev: page.prevCursor, next: page.nextCursor }, "resident");
  return (
    <div>
      <PageHeader title={t("listTitle")} description={t("listIntro")} actions={<ButtonLink href="/warga/pengaduan/baru">{t("new")}</ButtonLink>} />
      {page.rows.length === 0 ? (
        <p className="text-slate-700">{t("empty")}</p>
      ) : (
        <ul className="space-y-3">
          {page.rows.map((c) => (
            <li key={c.id}>
              <Link href={`/warga/pengaduan/${c.id}`} className="block rounded-xl border border-slate-200 bg-white p-4 hover:border-brand-700">
                <span className="flex flex-wrap items-center justify-between gap-2">
                  <span className="font-mono text-sm text-slate-700">{c.ticket}</span>
                  <ComplaintStatusBadge status={c.status} />
                </span>
                <span className="mt-1 block font-semibold">{c.title}</span>
                <span className="block text-sm text-slate-600">
                  {c.category} · {format.dateTime(c.createdAt, { dateStyle: "medium" })}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
      <Pagination {...links} />
    </div>
  );
}
