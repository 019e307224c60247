import { getTranslations } from "next-intl/server";
import { ButtonLink } from "@/components/ui/button";

export default async function StaffComplaintNotFound() {
  const [t, ts] = await Promise.all([getTranslations("common.errors"), getTranslations("complaints.staff")]);
  return (
    <div className="space-y-4 py-8 text-center">
      <h1 className="text-2xl font-semibold">{t("notFoundTitle")}</h1>
      <p>{t("notFoundBody")}</p>
      <ButtonLink href="/petugas/pengaduan">{ts("queueTitle")}</ButtonLink>
    </div>
  );
}
