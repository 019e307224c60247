import { getTranslations } from "next-intl/server";
import { ButtonLink } from "@/components/ui/button";

export default async function TicketNotFound() {
  const t = await getTranslations("antrian");
  return (
    <div className="space-y-4 rounded-xl bg-white p-6">
      <p>{t("errors.not_found")}</p>
      <ButtonLink href="/warga/antrian">{t("resident.title")}</ButtonLink>
    </div>
  );
}
