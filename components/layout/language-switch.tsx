import { getLocale, getTranslations } from "next-intl/server";
import { locales } from "@/i18n/config";

// One tiny form per language instead of a <select>: no client JavaScript on any page for
// switching language (first-load budget for cheap phones). POST /bahasa sets the cookie (and the
// account's language when signed in) and comes back here; a GET never writes to the database.
export async function LanguageSwitch() {
  const locale = await getLocale();
  const t = await getTranslations("common");
  return (
    <nav aria-label={t("language")}>
      <ul className="flex items-center gap-1 text-sm">
        {locales.map((l) => (
          <li key={l}>
            <form method="post" action="/bahasa">
              <input type="hidden" name="ke" value={l} />
              <button
                type="submit"
                lang={l}
                aria-pressed={l === locale}
                className={`flex min-h-11 min-w-11 items-center justify-center rounded-lg px-2 font-medium ${
                  l === locale ? "bg-brand-50 text-brand-800 underline underline-offset-4" : "text-slate-700 hover:bg-slate-100"
                }`}
              >
                {l.toUpperCase()}
                <span className="sr-only"> · {t(`languages.${l}`)}</span>
              </button>
            </form>
          </li>
        ))}
      </ul>
    </nav>
  );
}
