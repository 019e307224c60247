import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SettingsForm } from "@/components/letters/settings-form";
import { Card, PageHeader } from "@/components/ui/card";
import { requireActor } from "@/lib/auth";
import { templateOverview } from "@/lib/letters/data/preview";
import { letterheadOf } from "@/lib/letters/data/render-input";
import { previewClient } from "@/lib/letters/data/preview";

export const metadata: Metadata = { title: "Templat surat", robots: { index: false } };

export default async function LetterTemplatesPage() {
  const actor = await requireActor("letter.templates");
  const [kop, services] = await Promise.all([letterheadOf(previewClient, actor.officeId), templateOverview(actor.officeId)]);
  const t = await getTranslations("letters.admin");
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <div className="space-y-4">
        <Card>
          <h2 className="mb-3 text-lg font-semibold">{t("settings")}</h2>
          <SettingsForm values={{ numberPattern: kop.numberPattern, kopGovernment: kop.kopGovernment, kopParent: kop.kopParent, kopName: kop.kopName, kopAddress: kop.kopAddress, kopContacts: kop.kopContacts, hasLogo: Boolean(kop.logoFileId) }} />
        </Card>
        <Card>
          <h2 className="mb-3 text-lg font-semibold">{t("services")}</h2>
          <table className="w-full text-sm">
            <thead><tr className="text-left text-slate-600"><th className="py-1">{t("service")}</th><th>{t("template")}</th><th><span className="sr-only">{t("edit")}</span></th></tr></thead>
            <tbody>
              {services.map((s) => (
                <tr key={s.id} className="border-t border-slate-100">
                  <td className="py-1.5">{s.name}</td>
                  <td>{s.letterTemplate ? `${t("hasTemplate")}: ${s.letterTemplate.title}` : t("noTemplate")}</td>
                  <td className="text-right"><Link className="text-brand-700 underline" href={`/admin/surat/${s.id}`}>{s.letterTemplate ? t("edit") : t("create")}<span className="sr-only"> {s.name}</span></Link></td>
                </tr>
              ))}
            </tbody>
          </table>
        </Card>
      </div>
    </>
  );
}
