import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/card";

export default async function RequestNotFound() {
  const t = await getTranslations("staff");
  return (
    <>
      <PageHeader title={t("errors.not_found")} />
      <Link href="/petugas/permohonan" className="text-brand-700 underline">← {t("detail.back")}</Link>
    </>
  );
}
