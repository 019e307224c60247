import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { residentMore } from "@/components/layout/nav";
import { PageHeader } from "@/components/ui/card";
import { requireActor } from "@/lib/auth";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("common.nav");
  return { title: t("moreTitle") };
}

/** The "Lainnya" tab: every resident page that has no tab of its own, as large rows. */
export default async function MorePage() {
  await requireActor("resident.self");
  const t = await getTranslations("common.nav");
  return (
    <div>
      <PageHeader title={t("moreTitle")} description={t("moreIntro")} />
      <ul className="divide-y divide-slate-200 overflow-hidden rounded-xl border border-slate-200 bg-white">
        {residentMore.map((item) => (
          <li key={item.href}>
            <Link href={item.href} className="flex min-h-14 items-center justify-between px-4 text-base font-medium text-slate-900 hover:bg-slate-50">
              {t(item.key)}
              <span aria-hidden="true" className="text-slate-400">›</span>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
