import { getTranslations } from "next-intl/server";
import Link from "@/components/ui/link";

export default async function OfficeQueueNotFound() {
  const t = await getTranslations("antrian");
  return (
    <div className="space-y-3">
      <h1 className="text-xl font-semibold">{t("errors.not_found")}</h1>
      <Link href="/" className="text-brand-700 underline">{t("today.backHome")}</Link>
    </div>
  );
}
