"use client";

import { useTranslations } from "next-intl";
import type { FieldValues, Path, UseFormSetError } from "react-hook-form";

/** Turns error codes from the schema or the server into the reader's language. */
export function useComplaintErrorText() {
  const t = useTranslations();
  return (code: string | undefined | null): string | undefined => {
    if (!code) return undefined;
    for (const ns of ["complaints.errors", "common.errors"]) if (t.has(`${ns}.${code}`)) return t(`${ns}.${code}`);
    return t("complaints.errors.generic");
  };
}

/** Puts server field errors on their fields; returns the form-level error code when none could be placed. */
export function placeServerErrors<T extends FieldValues>(
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
