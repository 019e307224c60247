import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ButtonLink } from "@/components/ui/button";
import { Badge, PageHeader } from "@/components/ui/card";
import { requireActor } from "@/lib/auth";
import { listAdminFaq } from "@/lib/faq/data";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("faq.admin"))("title") };
}

export default async function AdminFaqPage() {
  const actor = await requireActor("content.manage");
  const [t, items] = await Promise.all([getTranslations("faq.admin"), listAdminFaq(actor)]);
  return (
    <div>
      <PageHeader title={t("title")} description={t("description")} actions={<ButtonLink href="/admin/tanya-jawab/baru">{t("new")}</ButtonLink>} />
      {items.length === 0 ? <p>{t("empty")}</p> : (
        <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white">
          <table className="w-full text-left text-sm">
            <thead className="bg-slate-50 text-slate-700">
              <tr>{(["question", "category", "service", "status", "views", "helpful"] as const).map((c) => <th key={c} scope="col" className="px-3 py-2 font-semibold">{t(`columns.${c}`)}</th>)}</tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {items.map((f) => (
                <tr key={f.id}>
                  <td className="px-3 py-2"><Link href={`/admin/tanya-jawab/${f.id}`} className="font-medium text-brand-700 underline">{f.question}</Link></td>
                  <td className="px-3 py-2">{f.category}</td>
                  <td className="px-3 py-2">{f.service?.name ?? "—"}</td>
                  <td className="px-3 py-2">{f.status === "PUBLISHED" ? <Badge tone="green">{t("form.published")}</Badge> : <Badge>{t("form.draft")}</Badge>}</td>
                  <td className="px-3 py-2 tabular-nums">{f.views}</td>
                  <td className="px-3 py-2 tabular-nums">{f.helpfulYes} / {f.helpfulNo}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
