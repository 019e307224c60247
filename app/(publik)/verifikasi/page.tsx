import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { letterErrorLabels } from "@/components/letters/labels";
import { LookupForm } from "@/components/letters/lookup-form";

export const metadata: Metadata = { title: "Verifikasi surat" };

export default async function VerifyLookupPage() {
  const [t, td] = await Promise.all([getTranslations("letters.verify"), getTranslations("common.dateInput")]);
  const errors = await letterErrorLabels();
  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="mt-2 text-slate-700">{t("intro")}</p>
      <div className="mt-4 rounded-xl border border-slate-200 bg-white p-4">
        <LookupForm labels={{ number: t("number"), date: t("date"), pickDate: td("pick"), dateFormat: td("format"), submit: t("submit"), errors: { ...errors, not_found: t("notFound") } }} />
      </div>
    </div>
  );
}
