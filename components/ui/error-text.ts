"use client";

import { useTranslations } from "@/i18n/lean";

/**
 * Server and schema errors are codes; this turns them into the reader's language, looking the
 * code up in each namespace in turn and falling back to `fallback`.
 */
export function useCodeText(namespaces: readonly string[], fallback = "common.errors.generic") {
  const t = useTranslations();
  return (code: string | undefined | null): string | undefined => {
    if (!code) return undefined;
    for (const ns of namespaces) if (t.has(`${ns}.${code}`)) return t(`${ns}.${code}`);
    return t(fallback);
  };
}

/** Puts server field errors on their fields; returns the form-level error code when none could be placed. */
export function applyServerErrors<N extends string>(
  result: { ok: boolean; error?: string; fieldErrors?: Record<string, string> },
  // react-hook-form's setError or lib/forms/lean-form's
  setError: (name: N, error: { type: string; message: string }, options: { shouldFocus: boolean }) => void,
  fields: readonly string[],
): string | null {
  if (result.ok) return null;
  let placed = false;
  for (const [field, code] of Object.entries(result.fieldErrors ?? {})) {
    if (fields.includes(field)) {
      setError(field as N, { type: "server", message: code }, { shouldFocus: !placed });
      placed = true;
    }
  }
  return placed ? null : (result.error ?? "generic");
}
