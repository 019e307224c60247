import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/card";
import { listPublicOffices } from "@/lib/offices/data";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("news.public"))("indexTitle") };
}

export default async function NewsIndexPage() {
  const [t, offices] = await Promise.all([getTranslations("news.public"), listPublicOffices()]);
  return (
    <div>
      <PageHeader title={t("indexTitle")} description={t("indexIntro")} />
      <ul className="grid gap-3">
        {offices.map((office) => (
          <li key={office.id}>
            <Link href={`/berita/${office.slug}`} className="flex min-h-11 flex-col rounded-xl border border-slate-200 bg-white p-4 shadow-sm hover:border-brand-600">
              <span className="text-lg font-semibold text-brand-800">{office.name}</span>
              <span className="text-sm text-slate-700">{office.address}</span>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
