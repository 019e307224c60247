import type { z } from "zod";

/** The form-level key for problems that belong to no single field. */
export const FORM_KEY = "_form";

/**
 * The first problem of each field, as codes keyed by the field's dotted path ("data.nama_usaha");
 * problems of the whole object go under `_form`. Every form and action uses this one shape.
 */
export function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.map(String).join(".") : FORM_KEY;
    out[key] ??= issue.message;
  }
  return out;
}
