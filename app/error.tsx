"use client";

import { useTranslations } from "next-intl";

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const t = useTranslations("common");
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-16 text-center">
      <h1 className="text-2xl font-semibold">{t("errors.generic")}</h1>
      <button type="button" onClick={reset} className="mt-6 rounded-lg bg-brand-700 px-5 py-3 font-medium text-white">
        {t("errors.tryAgain")}
      </button>
    </main>
  );
}
