"use client";
import { useTranslations } from "next-intl";

/**
 * Turns a server error code into words: the desk's own codes, then the shared service-field and
 * number codes (messages/{id,en}/fields.json, the same words the resident form shows), then the
 * letters' codes (the completion form can generate the letter: "no template", "already waiting
 * for approval"…); unknown codes fall back to a generic message.
 */
export function useErrorText() {
  const t = useTranslations("staff.errors");
  const fields = useTranslations("fields.errors");
  const letters = useTranslations("letters.errors");
  return (code: string | undefined | null) => {
    if (!code) return t("generic");
    if (t.has(code)) return t(code);
    if (fields.has(code)) return fields(code);
    return letters.has(code) ? letters(code) : t("generic");
  };
}
