import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { residentMore } from "@/components/layout/nav";
import { PageHeader } from "@/components/ui/card";
import { UnreadBadge } from "@/components/conversations/unread-badge";
import { requireActor } from "@/lib/auth";
import { unreadCount } from "@/lib/conversations/data";
import { DataSaverToggle } from "@/components/layout/data-saver-toggle";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("common.nav");
  return { title: t("moreTitle") };
}

/** The "Lainnya" tab: every resident page that has no tab of its own, as large rows. */
export default async function MorePage() {
  const actor = await requireActor("resident.self");
  const [t, td, tc, unread] = await Promise.all([
    getTranslations("common.nav"), getTranslations("common.dataSaver"), getTranslations("conversations"), unreadCount(actor),
  ]);
  return (
    <div>
      <PageHeader title={t("moreTitle")} description={t("moreIntro")} />
      <ul className="divide-y divide-slate-200 overflow-hidden rounded-xl border border-slate-200 bg-white">
        {residentMore.map((item) => (
          <li key={item.href}>
            <Link href={item.href} className="flex min-h-14 items-center justify-between px-4 text-base font-medium text-slate-900 hover:bg-slate-50">
              <span>
                {t(item.key)}
                {item.badge ? <UnreadBadge initial={unread} label={tc.raw("unreadBadge") as string} /> : null}
              </span>
              <span aria-hidden="true" className="text-slate-400">›</span>
            </Link>
          </li>
        ))}
      </ul>
      <section aria-labelledby="hemat" className="mt-6 rounded-xl border border-slate-200 bg-white p-4">
        <h2 id="hemat" className="text-lg font-semibold">{td("title")}</h2>
        <p className="mt-1 text-sm text-slate-700">{td("hint")}</p>
        {/* A plain form: no JavaScript for a setting meant for slow connections. */}
        <DataSaverToggle />
      </section>
    </div>
  );
}
