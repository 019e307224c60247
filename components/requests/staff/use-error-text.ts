"use client";
import { useTranslations } from "next-intl";

/**
 * Turns a server error code into words: the desk's own codes, then the shared service-field and
 * number codes (messages/{id,en}/fields.json, the same words the resident form shows); unknown codes
 * fall back to a generic message.
 */
export function useErrorText() {
  const t = useTranslations("staff.errors");
  const fields = useTranslations("fields.errors");
  return (code: string | undefined | null) => (code && t.has(code) ? t(code) : code && fields.has(code) ? fields(code) : t("generic"));
}
