import Link from "@/components/ui/link";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("common.offline");
  return { title: t("title") };
}

/** Shown by the service worker when a page cannot be loaded: no personal data, no script. */
export default async function OfflinePage() {
  const t = await getTranslations("common.offline");
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-16 text-center">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="mt-3 text-slate-700">{t("body")}</p>
      {/* A plain link: reloading is the resident's choice, never automatic. */}
      <Link href="/warga" className="mt-6 inline-flex min-h-11 items-center rounded-lg bg-brand-700 px-5 py-3 font-medium text-white">
        {t("retry")}
      </Link>
    </main>
  );
}
