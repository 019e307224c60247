import { getTranslations } from "next-intl/server";

/** The error words the public letter forms need, passed as props (public pages ship no i18n library). */
export async function letterErrorLabels(): Promise<Record<string, string>> {
  const t = await getTranslations("letters.errors");
  const codes = ["not_found", "rate_limited", "invalid_input", "required", "date_format", "empty", "too_large", "generic"] as const;
  return Object.fromEntries(codes.map((c) => [c, t(c)]));
}
