import type { ZodError } from "zod";

// What every form action answers: success, or an error code plus codes per field.
export type FormResult<T extends object = object> =
  | ({ ok: true } & T)
  | { ok: false; error: string; fieldErrors?: Record<string, string> };

/** The first problem of each field, as codes keyed by field name. */
export function fieldErrorsOf(error: ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "_form");
    out[key] ??= issue.message;
  }
  return out;
}

export function invalid(error: ZodError): { ok: false; error: "invalid"; fieldErrors: Record<string, string> } {
  return { ok: false, error: "invalid", fieldErrors: fieldErrorsOf(error) };
}
