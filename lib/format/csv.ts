// The one CSV cell writer for every export (requests queue, complaints, dashboard datasets).
// Formula injection: a text cell starting with = + - @, a tab or a carriage return would be run
// as a formula by spreadsheet programs, so it gets a leading apostrophe. Numbers stay numbers.

const FORMULA_START = /^[=+\-@\t\r]/;

/** Text a spreadsheet will not run as a formula. */
export function defuseFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** One CSV cell; quoted when it holds a separator, quote or line break (or always, if asked). */
export function csvCell(value: string | number | null | undefined, options: { quote?: "always" | "needed" } = {}): string {
  if (value === null || value === undefined) return options.quote === "always" ? '""' : "";
  if (typeof value === "number") return String(value);
  const safe = defuseFormula(value);
  return options.quote === "always" || /[",\n\r;]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One CSV record with the CRLF line end spreadsheet programs expect. */
export function csvLine(cells: readonly (string | number | null | undefined)[], options?: { quote?: "always" | "needed" }): string {
  return `${cells.map((c) => csvCell(c, options)).join(",")}\r\n`;
}

/** Byte-order mark first, so spreadsheet programs read the file as UTF-8. */
export const CSV_BOM = "\uFEFF";
