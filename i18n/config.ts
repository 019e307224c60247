export const locales = ["id", "en"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "id";
export const LOCALE_COOKIE = "NEXT_LOCALE";
export const timeZone = "Asia/Jakarta";

// One message file per domain so each area of the app owns its own words.
export const namespaces = [
  "common",
  "auth",
  "admin",
  "catalogue",
  "requests",
  "staff",
  "complaints",
  "survey",
  "dashboard",
  "notifications",
  "fields",
  "open311",
  "news",
  "faq",
  "letters",
  "antrian",
  "conversations",
  "residents",
] as const;

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}
