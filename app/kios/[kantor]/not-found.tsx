import { getTranslations } from "next-intl/server";
import Link from "@/components/ui/link";

export default async function OfficeQueueNotFound() {
  const t = await getTranslations("antrian");
  return (
    <main id="main" className="mx-auto max-w-xl space-y-3 p-6">
      <h1 className="text-xl font-semibold">{t("errors.not_found")}</h1>
      <Link href="/" className="text-brand-700 underline">{t("today.backHome")}</Link>
    </main>
  );
}
