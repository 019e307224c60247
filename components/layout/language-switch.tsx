"use client";

import { useLocale, useTranslations } from "next-intl";
import { useTransition } from "react";
import { setLocaleAction } from "@/lib/preferences/actions";

export function LanguageSwitch() {
  const locale = useLocale();
  const t = useTranslations("common");
  const [pending, startTransition] = useTransition();
  return (
    <label className="flex items-center gap-2 text-sm">
      <span className="sr-only">{t("language")}</span>
      <select
        aria-label={t("language")}
        className="min-h-11 rounded-lg border border-slate-300 bg-white px-2"
        value={locale}
        disabled={pending}
        onChange={(event) => {
          const next = event.target.value;
          startTransition(async () => {
            await setLocaleAction(next);
          });
        }}
      >
        <option value="id">ID · {t("languages.id")}</option>
        <option value="en">EN · {t("languages.en")}</option>
      </select>
    </label>
  );
}
