// The one reader and writer of numbers as Indonesians type and read them: a dot groups thousands
// ("1.500.000"), a comma starts the decimals ("2,5"), money may carry "Rp". Pure, no I/O; errors
// are codes (fields.errors.* in messages/*/fields.json). Every number or money input of the app
// (service fields on the web and at the desk, catalogue fees, admin settings) goes through here.

export type NumberError = "number_invalid" | "number_ambiguous" | "number_not_integer" | "number_too_many_decimals";
export type NumberResult = { ok: true; value: number } | { ok: false; error: NumberError };
export type ParseNumberOptions = { integer?: boolean; maxDecimals?: number };

// Spaces people type or paste (incl. the no-break space Intl puts after "Rp").
const SPACES = /[\s\u00a0\u202f]/g;
const PLAIN = /^\d+(,\d+)?$/; // 1500000 · 1500000,50 · 2,5
const GROUPED = /^\d{1,3}(\.\d{3})+(,\d+)?$/; // 1.500.000 · 1.500.000,50 · 10.000
const OTHER_NOTATION = /^\d{1,3}(,\d{3})+(\.\d+)?$|^\d+\.\d+$/; // 1,500,000 · 1,500,000.50 · 1.5 · 1.50

/**
 * "1.500.000" → 1500000, "1.500.000,50" → 1500000.5, "Rp 10.000" → 10000, "2,5" → 2.5.
 * Refuses what cannot be read one way only: "1.5" and "1,500,000" are English notation
 * (number_ambiguous), "1.50.000" or "dua" are not numbers (number_invalid). Empty input is
 * number_invalid too; callers decide whether empty means "not filled in".
 */
export function parseIdNumber(input: unknown, options: ParseNumberOptions = {}): NumberResult {
  if (typeof input === "number") return checkShape(input, options);
  if (typeof input !== "string") return { ok: false, error: "number_invalid" };
  let text = input.replace(SPACES, "");
  text = text.replace(/^rp\.?/i, "");
  let sign = 1;
  if (text.startsWith("-")) {
    sign = -1;
    text = text.slice(1);
  }
  text = text.replace(/,-$/, ""); // "Rp 10.000,-" as written on price tags
  if (!text) return { ok: false, error: "number_invalid" };
  if (!PLAIN.test(text) && !GROUPED.test(text)) return { ok: false, error: OTHER_NOTATION.test(text) ? "number_ambiguous" : "number_invalid" };
  const [whole, decimals = ""] = text.replace(/\./g, "").split(",");
  const value = sign * Number(decimals ? `${whole}.${decimals}` : whole);
  if (!Number.isFinite(value)) return { ok: false, error: "number_invalid" };
  if (decimals && options.integer && /[1-9]/.test(decimals)) return { ok: false, error: "number_not_integer" };
  if (options.maxDecimals !== undefined && decimals.replace(/0+$/, "").length > options.maxDecimals) return { ok: false, error: "number_too_many_decimals" };
  return { ok: true, value: value === 0 ? 0 : value };
}

function checkShape(value: number, options: ParseNumberOptions): NumberResult {
  if (!Number.isFinite(value)) return { ok: false, error: "number_invalid" };
  if (options.integer && !Number.isInteger(value)) return { ok: false, error: "number_not_integer" };
  return { ok: true, value };
}

const numberFormats = new Map<number, Intl.NumberFormat>();

/** 1500000 → "1.500.000", 2.5 → "2,5" (id-ID). Also what number inputs show as their first value. */
export function formatIdNumber(value: number, maximumFractionDigits = 2): string {
  let format = numberFormats.get(maximumFractionDigits);
  if (!format) {
    format = new Intl.NumberFormat("id-ID", { maximumFractionDigits });
    numberFormats.set(maximumFractionDigits, format);
  }
  return format.format(value);
}

/** 1500000 → "Rp 1.500.000" (ordinary space, so the amount reads and copies the same everywhere). */
export function formatRupiah(value: number): string {
  const sign = value < 0 ? "-" : "";
  return `${sign}Rp ${formatIdNumber(Math.abs(value), Number.isInteger(value) ? 0 : 2)}`;
}
