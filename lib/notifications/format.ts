// Dates in notification texts: Asia/Jakarta, in the recipient's language.
export function formatDate(at: Date | null | undefined, locale: string, withTime = false): string {
  if (!at) return "";
  return new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "id-ID", {
    timeZone: "Asia/Jakarta", day: "numeric", month: "long", year: "numeric", ...(withTime ? { hour: "2-digit", minute: "2-digit" } : {}),
  }).format(at);
}

/** A date as a template variable: stored as an instant, written in each recipient's language when rendered. */
export function dateVar(at: Date | null | undefined, withTime = false): string {
  return at ? `@date${withTime ? "time" : ""}:${at.toISOString()}` : "";
}

export function localizeVars(vars: Record<string, string | null | undefined>, locale: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(vars)) {
    if (typeof v !== "string") out[k] = "";
    else if (v.startsWith("@text:")) out[k] = TEXTS[v.slice(6)]?.[locale === "en" ? "en" : "id"] ?? "";
    else if (v.startsWith("@datetime:")) out[k] = formatDate(new Date(v.slice(10)), locale, true);
    else if (v.startsWith("@date:")) out[k] = formatDate(new Date(v.slice(6)), locale);
    else out[k] = v;
  }
  return out;
}

const TEXTS: Record<string, { id: string; en: string }> = {
  result_file: { id: "Dokumen hasil dapat diunduh di aplikasi.", en: "The result document can be downloaded in the app." },
};
