import { getLocale, getTranslations } from "next-intl/server";
import { locales } from "@/i18n/config";

// Two plain links instead of a <select>: no client JavaScript on any page for switching
// language (first-load budget for cheap phones). /bahasa sets the cookie and comes back here.
export async function LanguageSwitch() {
  const locale = await getLocale();
  const t = await getTranslations("common");
  return (
    <nav aria-label={t("language")}>
      <ul className="flex items-center gap-1 text-sm">
        {locales.map((l) => (
          <li key={l}>
            <a
              href={`/bahasa?ke=${l}`}
              lang={l}
              hrefLang={l}
              aria-current={l === locale ? "true" : undefined}
              className={`flex min-h-11 min-w-11 items-center justify-center rounded-lg px-2 font-medium ${
                l === locale ? "bg-brand-50 text-brand-800 underline underline-offset-4" : "text-slate-700 hover:bg-slate-100"
              }`}
            >
              {l.toUpperCase()}
              <span className="sr-only"> · {t(`languages.${l}`)}</span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
