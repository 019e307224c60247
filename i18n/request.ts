import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { defaultLocale, isLocale, LOCALE_COOKIE, namespaces, timeZone, type Locale } from "./config";

async function loadMessages(locale: Locale) {
  const parts = await Promise.all(
    namespaces.map(async (ns) => [ns, (await import(`../messages/${locale}/${ns}.json`)).default] as const),
  );
  return Object.fromEntries(parts);
}

export default getRequestConfig(async () => {
  const value = (await cookies()).get(LOCALE_COOKIE)?.value;
  const locale: Locale = isLocale(value) ? value : defaultLocale;
  return { locale, timeZone, messages: await loadMessages(locale), now: new Date() };
});
