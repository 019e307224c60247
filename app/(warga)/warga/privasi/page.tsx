import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AccessLog, PrivacyRequestsCard, StoredData } from "@/components/residents/privacy-panel";
import { Card, PageHeader } from "@/components/ui/card";
import { requireActor } from "@/lib/auth";
import { getOwnPrivacyProfile, listOwnAccessLog, listPrivacyRequests } from "@/lib/residents/privacy/data";
import { pageLinks, pageRequestFrom } from "@/lib/paging/keyset";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("residents.privacy"))("title") };
}

export default async function PrivacyPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor("privacy.request");
  const paging = pageRequestFrom(await searchParams, "resident");
  const [t, profile, access, requests] = await Promise.all([
    getTranslations("residents.privacy"), getOwnPrivacyProfile(actor), listOwnAccessLog(actor, paging), listPrivacyRequests(actor),
  ]);
  if (!profile) notFound();
  const now = new Date();
  return (
    <div className="space-y-4">
      <PageHeader title={t("title")} description={t("description")} />
      <Card>
        <h2 className="mb-1 text-lg font-semibold">{t("accessTitle")}</h2>
        <p className="mb-2 text-sm text-slate-700">{t("accessHint")}</p>
        <AccessLog rows={access.rows} {...pageLinks("/warga/privasi", {}, access, "resident")} />
      </Card>
      <Card>
        <h2 className="mb-3 text-lg font-semibold">{t("stored")}</h2>
        <StoredData profile={profile} />
      </Card>
      <Card>
        <h2 className="mb-1 text-lg font-semibold">{t("downloadTitle")}</h2>
        <p className="mb-3 text-sm text-slate-700">{t("downloadHint")}</p>
        <div className="grid grid-cols-2 gap-3">
          <a href="/api/warga/privasi/unduh?format=json" className="flex min-h-12 items-center justify-center rounded-lg border border-brand-700 font-medium text-brand-700">{t("downloadJson")}</a>
          <a href="/api/warga/privasi/unduh?format=pdf" className="flex min-h-12 items-center justify-center rounded-lg border border-brand-700 font-medium text-brand-700">{t("downloadPdf")}</a>
        </div>
      </Card>
      <PrivacyRequestsCard requests={requests} now={now} />
    </div>
  );
}
