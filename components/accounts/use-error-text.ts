"use client";

import { useTranslations } from "next-intl";
import type { FieldValues, Path, UseFormSetError } from "react-hook-form";

// Server and schema errors are codes; this turns them into the reader's language. Codes are
// looked up in the account words first, then admin words, then the shared ones.
const namespaces = ["auth.errors", "admin.errors", "common.errors"];

export function useErrorText() {
  const t = useTranslations();
  return (code: string | undefined | null): string | undefined => {
    if (!code) return undefined;
    for (const ns of namespaces) if (t.has(`${ns}.${code}`)) return t(`${ns}.${code}`);
    return t("common.errors.generic");
  };
}

/** Puts field errors from a server answer on the fields; returns the form-level error code, if any. */
export function applyServerErrors<T extends FieldValues>(
  result: { ok: boolean; error?: string; fieldErrors?: Record<string, string> },
  setError: UseFormSetError<T>,
  fields: readonly string[],
): string | null {
  if (result.ok) return null;
  let placed = false;
  for (const [field, code] of Object.entries(result.fieldErrors ?? {})) {
    if (fields.includes(field)) {
      setError(field as Path<T>, { type: "server", message: code }, { shouldFocus: !placed });
      placed = true;
    }
  }
  return placed ? null : (result.error ?? "generic");
}
