import Link from "next/link";
import { getTranslations } from "next-intl/server";

export default async function NotFound() {
  const t = await getTranslations("common");
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-16 text-center">
      <title>{`${t("errors.notFoundTitle")} · ${t("appName")}`}</title>
      <h1 className="text-2xl font-semibold">{t("errors.notFoundTitle")}</h1>
      <p className="mt-3 text-slate-600">{t("errors.notFoundBody")}</p>
      <Link href="/" className="mt-6 inline-block rounded-lg bg-brand-700 px-5 py-3 font-medium text-white">
        {t("nav.home")}
      </Link>
    </main>
  );
}
