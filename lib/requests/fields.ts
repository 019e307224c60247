// The one set of rules for a service's own fields (FIELD requirements), used by the resident's web
// form (browser and server) and by the staff walk-in desk alike. Pure; errors are codes whose
// words live in messages/*/fields.json. One stored representation in service_requests.data:
//   TEXT, TEXTAREA, CHOICE → trimmed string · DATE → "YYYY-MM-DD" · NIK → 16 digits (string)
//   NUMBER → JS number · MONEY → JS number, whole Rupiah
// Numbers are read in Indonesian notation by lib/format/number ("1.500" is fifteen hundred).
// Drafts keep whatever was typed (a value that does not read yet is kept as typed text, so
// nothing is lost); completeness is checked on submit.
import { formatDateText, parseDateText } from "@/lib/format/date";
import { formatIdNumber, formatRupiah, parseIdNumber, type NumberError } from "@/lib/format/number";
import { parseNik, type NikError } from "@/lib/residents/nik";

export const FIELD_TYPES = ["TEXT", "TEXTAREA", "NUMBER", "MONEY", "DATE", "CHOICE", "NIK"] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

export type FieldRequirement = {
  code: string;
  required: boolean;
  fieldType: FieldType | null;
  options: string[];
};

export type FieldValue = string | number;

export type FieldError = "required" | "too_long" | "date_invalid" | "choice_invalid" | NumberError | Exclude<NikError, "nik_required">;

/** Longest typed value per field type (characters), the same at the desk and on the web. */
export const FIELD_MAX_LENGTH: Record<FieldType, number> = {
  TEXT: 200,
  TEXTAREA: 2000,
  NUMBER: 30,
  MONEY: 30,
  DATE: 10,
  CHOICE: 200,
  NIK: 30,
};

/** What a draft may hold for a value that does not read yet (so typing is never lost). */
const DRAFT_MAX_LENGTH = 2000;

export const maxLengthOf = (field: Pick<FieldRequirement, "fieldType">) => FIELD_MAX_LENGTH[field.fieldType ?? "TEXT"];

/** Which keyboard a phone should show for the field. */
export function inputModeOf(field: Pick<FieldRequirement, "fieldType">): "decimal" | "numeric" | undefined {
  if (field.fieldType === "NUMBER") return "decimal";
  if (field.fieldType === "MONEY" || field.fieldType === "NIK") return "numeric";
  return undefined;
}

export type ReadResult = { ok: true; value: FieldValue | null } | { ok: false; error: Exclude<FieldError, "required"> };

/** Reads one typed (or stored) value into its stored form; `null` means not filled in. */
export function readFieldValue(field: FieldRequirement, raw: unknown): ReadResult {
  const type = field.fieldType ?? "TEXT";
  if (typeof raw === "number" && (type === "NUMBER" || type === "MONEY")) {
    const n = parseIdNumber(raw, { integer: type === "MONEY" });
    return n.ok ? { ok: true, value: n.value } : n;
  }
  const text = typeof raw === "number" ? String(raw) : typeof raw === "string" ? raw.trim() : "";
  if (text === "") return { ok: true, value: null };
  if (text.length > FIELD_MAX_LENGTH[type]) return { ok: false, error: "too_long" };
  switch (type) {
    case "NUMBER":
    case "MONEY": {
      const n = parseIdNumber(text, type === "MONEY" ? { integer: true } : { maxDecimals: 4 });
      return n.ok ? { ok: true, value: n.value } : n;
    }
    case "DATE": {
      // Typed day first (17/08/1990) or from the picker (ISO); stored as YYYY-MM-DD.
      const date = parseDateText(text);
      return date ? { ok: true, value: date } : { ok: false, error: "date_invalid" };
    }
    case "CHOICE":
      return field.options.includes(text) ? { ok: true, value: text } : { ok: false, error: "choice_invalid" };
    case "NIK": {
      const nik = parseNik(text);
      if (nik.ok) return { ok: true, value: nik.info.nik };
      return { ok: false, error: nik.error === "nik_required" ? "nik_length" : nik.error };
    }
    default:
      return { ok: true, value: text };
  }
}

/** The problem with one value, or null. `forSubmit` also demands required values. */
export function checkFieldValue(field: FieldRequirement, raw: unknown, forSubmit: boolean): FieldError | null {
  const read = readFieldValue(field, raw);
  if (!read.ok) return read.error;
  if (read.value === null) return forSubmit && field.required ? "required" : null;
  return null;
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

/**
 * Values complete enough to file a request (the desk files in one go): every value in its stored
 * form, or the errors per field code. Empty optional values are left out.
 */
export function validateFieldValues(
  fields: FieldRequirement[],
  values: Record<string, unknown>,
): { ok: true; data: Record<string, FieldValue> } | { ok: false; errors: Record<string, FieldError> } {
  const errors = checkFieldValues(fields, values, true);
  if (Object.keys(errors).length) return { ok: false, errors };
  const data: Record<string, FieldValue> = {};
  for (const field of fields) {
    const read = readFieldValue(field, values[field.code]);
    if (read.ok && read.value !== null) data[field.code] = read.value;
  }
  return { ok: true, data };
}

/**
 * Draft autosave: keeps only known field codes; values that read are stored in their one form,
 * the others as typed (trimmed) so the resident finds them again and submit explains the problem.
 */
export function pickFieldValues(fields: FieldRequirement[], input: Record<string, unknown>): Record<string, FieldValue> {
  const out: Record<string, FieldValue> = {};
  for (const field of fields) {
    if (!(field.code in input)) continue;
    const read = readFieldValue(field, input[field.code]);
    const raw = input[field.code];
    out[field.code] = read.ok ? (read.value ?? "") : (typeof raw === "string" ? raw.trim() : String(raw ?? "")).slice(0, DRAFT_MAX_LENGTH);
  }
  return out;
}

/** Stored value → the text an input starts with (numbers in Indonesian notation). */
export function fieldInputValue(field: Pick<FieldRequirement, "fieldType">, stored: unknown): string {
  if (typeof stored === "number") return field.fieldType === "NUMBER" || field.fieldType === "MONEY" ? formatIdNumber(stored, 4) : String(stored);
  if (typeof stored !== "string") return "";
  return field.fieldType === "DATE" ? formatDateText(stored) : stored;
}

/** Stored value → what a person reads (Rp 1.500.000, 1.500), or null when not filled in. */
export function fieldDisplayValue(field: FieldRequirement, stored: unknown): string | null {
  if (stored === null || stored === undefined || stored === "") return null;
  if (field.fieldType === "NUMBER" || field.fieldType === "MONEY") {
    const read = readFieldValue(field, stored);
    if (read.ok && typeof read.value === "number") return field.fieldType === "MONEY" ? formatRupiah(read.value) : formatIdNumber(read.value, 4);
  }
  if (field.fieldType === "DATE") return formatDateText(String(stored)); // 17/08/1990, day first
  return String(stored);
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
