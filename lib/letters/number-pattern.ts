// Letter numbers from an office pattern such as "470/{seq}/{unit}/{bulan_romawi}/{tahun}".
// Pure: the sequence value comes from the shared counter (lib/requests/mutations/numbering.ts).

const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"];

export const PATTERN_TOKENS = ["seq", "kode", "unit", "kantor", "bulan", "bulan_romawi", "tahun"] as const;
export type PatternToken = (typeof PATTERN_TOKENS)[number];

/** Roman numeral of a month, 1 → "I" … 12 → "XII" (the way Indonesian letter numbers write it). */
export function romanMonth(month: number): string {
  if (!Number.isInteger(month) || month < 1 || month > 12) throw new RangeError(`month ${month}`);
  return ROMAN[month - 1];
}

/** The sequence with leading zeros to `width` digits; longer numbers are never cut. */
export function padSequence(seq: number, width = 3): string {
  if (!Number.isInteger(seq) || seq < 1) throw new RangeError(`sequence ${seq}`);
  return String(seq).padStart(width, "0");
}

const TOKEN = /\{([a-z_]+)(?::(\d))?\}/g;

/** Problems with a pattern: it must contain {seq} once and only known tokens. */
export function patternProblems(pattern: string): { missingSeq: boolean; unknown: string[] } {
  const unknown: string[] = [];
  let seqCount = 0;
  for (const m of pattern.matchAll(TOKEN)) {
    if (m[1] === "seq") seqCount++;
    else if (!(PATTERN_TOKENS as readonly string[]).includes(m[1])) unknown.push(m[1]);
  }
  return { missingSeq: seqCount !== 1, unknown };
}

export type NumberParts = { seq: number; kode: string; unit: string; kantor: string; month: number; year: number };

/** Formats a letter number; {seq} pads to 3 digits, {seq:4} to 4. */
export function formatLetterNumber(pattern: string, parts: NumberParts): string {
  return pattern.replace(TOKEN, (whole, name: string, width?: string) => {
    switch (name) {
      case "seq":
        return padSequence(parts.seq, width ? Number(width) : 3);
      case "kode":
        return parts.kode;
      case "unit":
        return parts.unit;
      case "kantor":
        return parts.kantor;
      case "bulan":
        return String(parts.month).padStart(2, "0");
      case "bulan_romawi":
        return romanMonth(parts.month);
      case "tahun":
        return String(parts.year);
      default:
        return whole;
    }
  });
}

/** Year and month of an instant in Asia/Jakarta (UTC+7, no daylight saving). */
export function jakartaYearMonth(at: Date): { year: number; month: number } {
  const local = new Date(at.getTime() + 7 * 3600_000);
  return { year: local.getUTCFullYear(), month: local.getUTCMonth() + 1 };
}
