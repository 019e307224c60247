// NIK (Nomor Induk Kependudukan) and nomor KK checks. Pure: no I/O, returns codes that the UI
// translates. Layout of a NIK: PP KK CC DD MM YY SSSS — province, regency, district (the
// 6-digit region code), day of birth (+40 for women), month, 2-digit year, sequence.

export type NikError = "nik_required" | "nik_digits" | "nik_length" | "nik_day" | "nik_month" | "nik_date" | "nik_sequence";
export type NikWarning = "nik_region_unknown" | "nik_birth_date_mismatch" | "nik_sex_mismatch";
export type KkError = "kk_required" | "kk_digits" | "kk_length";
export type Sex = "L" | "P";

export type NikInfo = {
  nik: string;
  regionCode: string; // 6 digits, e.g. "320101"
  birthDate: string; // YYYY-MM-DD, century chosen so the person is not born in the future
  sex: Sex;
  sequence: string;
};

export type NikResult = { ok: true; info: NikInfo; warnings: NikWarning[] } | { ok: false; error: NikError };

/** People type NIKs with spaces, dots or dashes, as printed on the KTP. */
export function normalizeDigits(input: string): string {
  return input.replace(/[\s.-]/g, "");
}

const pad = (n: number) => String(n).padStart(2, "0");

// Built once, on first use: constructing an Intl.DateTimeFormat costs ~0.4 ms, which was a
// third of a 100,000-row import's time when every NIK check built its own (npm run bench --
// import), and building it at module load cost every form page 20-30 ms of start-up on a
// phone even when no NIK is ever checked there.
let jakartaDate: Intl.DateTimeFormat | null = null;

/** Today's date (YYYY-MM-DD) in Asia/Jakarta, where the residents live. */
let today = { until: 0, value: "" };
function jakartaToday(): string {
  // Re-read once a second at most: formatting is still ~20 µs, and an import checks 100,000 NIKs.
  const now = Date.now();
  if (now >= today.until) {
    jakartaDate ??= new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Jakarta", year: "numeric", month: "2-digit", day: "2-digit" });
    today = { until: now + 1000, value: jakartaDate.format(new Date(now)) };
  }
  return today.value;
}

function isRealDate(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/** Decodes a NIK; fails with the first structural problem found. */
export function parseNik(input: string, options: { today?: string } = {}): { ok: true; info: NikInfo } | { ok: false; error: NikError } {
  const nik = normalizeDigits(input ?? "");
  if (!nik) return { ok: false, error: "nik_required" };
  if (!/^\d+$/.test(nik)) return { ok: false, error: "nik_digits" };
  if (nik.length !== 16) return { ok: false, error: "nik_length" };

  const rawDay = Number(nik.slice(6, 8));
  const month = Number(nik.slice(8, 10));
  const yy = Number(nik.slice(10, 12));
  const sequence = nik.slice(12, 16);
  const sex: Sex = rawDay > 40 ? "P" : "L";
  const day = sex === "P" ? rawDay - 40 : rawDay;

  if (!((rawDay >= 1 && rawDay <= 31) || (rawDay >= 41 && rawDay <= 71))) return { ok: false, error: "nik_day" };
  if (month < 1 || month > 12) return { ok: false, error: "nik_month" };

  // Two-digit year: take this century unless that puts the birth in the future.
  const today = options.today ?? jakartaToday();
  let year = 2000 + yy;
  if (`${year}-${pad(month)}-${pad(day)}` > today) year -= 100;
  if (!isRealDate(year, month, day)) return { ok: false, error: "nik_date" };
  if (sequence === "0000") return { ok: false, error: "nik_sequence" };

  return { ok: true, info: { nik, regionCode: nik.slice(0, 6), birthDate: `${year}-${pad(month)}-${pad(day)}`, sex, sequence } };
}

/**
 * Full check used at registration. Unknown region codes and a birth date or sex that differs
 * from what the person entered are warnings only: codes change, and a NIK is never reissued
 * when the data behind it is corrected.
 */
export function validateNik(
  input: string,
  entered: { birthDate?: string | null; sex?: Sex | null; isKnownRegion?: (code: string) => boolean; today?: string } = {},
): NikResult {
  const parsed = parseNik(input, { today: entered.today });
  if (!parsed.ok) return parsed;
  const { info } = parsed;
  const warnings: NikWarning[] = [];
  if (entered.isKnownRegion && !entered.isKnownRegion(info.regionCode)) warnings.push("nik_region_unknown");
  if (entered.birthDate && /^\d{4}-\d{2}-\d{2}$/.test(entered.birthDate)) {
    // The NIK only carries two digits of the year, so compare day, month and year modulo 100.
    const [y, m, d] = entered.birthDate.split("-");
    if (`${y.slice(2)}-${m}-${d}` !== `${info.birthDate.slice(2)}`) warnings.push("nik_birth_date_mismatch");
  }
  if (entered.sex && entered.sex !== info.sex) warnings.push("nik_sex_mismatch");
  return { ok: true, info, warnings };
}

/** Nomor KK: 16 digits. Returns an error code, or null when valid. */
export function validateKk(input: string): KkError | null {
  const kk = normalizeDigits(input ?? "");
  if (!kk) return "kk_required";
  if (!/^\d+$/.test(kk)) return "kk_digits";
  if (kk.length !== 16) return "kk_length";
  return null;
}

/** 3201014506900002 → 3201••••••••0002, for lists where the full NIK is not needed. */
export function maskNik(nik: string): string {
  if (nik.length < 8) return "•".repeat(nik.length);
  return `${nik.slice(0, 4)}${"•".repeat(nik.length - 8)}${nik.slice(-4)}`;
}
