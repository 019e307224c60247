// Values of a service's own fields (text, number, date, choice), validated the same way in the
// browser and on the server. Drafts keep whatever was typed; completeness is checked on submit.

export type FieldRequirement = {
  code: string;
  required: boolean;
  fieldType: "TEXT" | "TEXTAREA" | "NUMBER" | "DATE" | "CHOICE" | null;
  options: string[];
};

export type FieldError = "required" | "not_a_number" | "invalid_date" | "invalid_choice" | "too_long";

export const MAX_FIELD_LENGTH = 2000;

/** Normalises one typed value for storage: trimmed string, numbers without spaces or thousands dots. */
export function normaliseFieldValue(field: FieldRequirement, raw: unknown): string {
  const value = typeof raw === "number" ? String(raw) : typeof raw === "string" ? raw.trim() : "";
  if (field.fieldType === "NUMBER") return value.replace(/[\s.]/g, "").replace(",", ".");
  return value.slice(0, MAX_FIELD_LENGTH);
}

function isValidDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** The problem with one value, or null. `forSubmit` also demands required values. */
export function checkFieldValue(field: FieldRequirement, raw: unknown, forSubmit: boolean): FieldError | null {
  const value = normaliseFieldValue(field, raw);
  if (value === "") return forSubmit && field.required ? "required" : null;
  if (typeof raw === "string" && raw.trim().length > MAX_FIELD_LENGTH) return "too_long";
  switch (field.fieldType) {
    case "NUMBER":
      return /^-?\d+(\.\d+)?$/.test(value) ? null : "not_a_number";
    case "DATE":
      return isValidDate(value) ? null : "invalid_date";
    case "CHOICE":
      return field.options.includes(value) ? null : "invalid_choice";
    default:
      return null;
  }
}

/** Errors per field code (only fields with a problem appear). */
export function checkFieldValues(fields: FieldRequirement[], data: Record<string, unknown>, forSubmit: boolean) {
  const errors: Record<string, FieldError> = {};
  for (const field of fields) {
    const error = checkFieldValue(field, data[field.code], forSubmit);
    if (error) errors[field.code] = error;
  }
  return errors;
}

/** Keeps only known field codes, normalised; unknown keys from the client are dropped. */
export function pickFieldValues(fields: FieldRequirement[], input: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const field of fields) if (field.code in input) out[field.code] = normaliseFieldValue(field, input[field.code]);
  return out;
}

export type Correction = { requirementCode?: string | null; message: string };

/** ServiceRequest.corrections as written by staff; anything malformed is skipped, never thrown. */
export function parseCorrections(value: unknown): Correction[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item) => {
    if (!item || typeof item !== "object") return [];
    const { requirementCode, message } = item as Record<string, unknown>;
    if (typeof message !== "string" || !message.trim()) return [];
    return [{ requirementCode: typeof requirementCode === "string" && requirementCode ? requirementCode : null, message: message.trim() }];
  });
}

export type RequirementForCheck = FieldRequirement & { id: string; kind: "DOCUMENT" | "FIELD" };

/**
 * What still blocks submission: field errors and required documents without a current file,
 * both keyed by requirement code so the form can show each beside its input.
 */
export function checkCompleteness(
  requirements: RequirementForCheck[],
  data: Record<string, unknown>,
  uploadedRequirementIds: ReadonlySet<string>,
): Record<string, FieldError> {
  const errors: Record<string, FieldError> = checkFieldValues(requirements.filter((r) => r.kind === "FIELD"), data, true);
  for (const r of requirements) if (r.kind === "DOCUMENT" && r.required && !uploadedRequirementIds.has(r.id)) errors[r.code] = "required";
  return errors;
}
