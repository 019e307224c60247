"use client";
import { useTranslations } from "next-intl";

/** Turns a server error code into words; unknown codes fall back to a generic message. */
export function useErrorText() {
  const t = useTranslations("staff.errors");
  return (code: string | undefined | null) => (code && t.has(code) ? t(code) : t("generic"));
}
