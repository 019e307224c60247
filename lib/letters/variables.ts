// Template variables: "{nama}" in a letter body is replaced by the resident's name, "{keperluan}"
// by the request's field of that code. Pure, shared by the editor (refusal at save) and the renderer.

const VARIABLE = /\{([A-Za-z0-9_]+)\}/g;

/** Variables every template may use, from the resident profile, the request and the office. */
export const BASE_VARIABLES = [
  "nama", "nik", "no_kk", "ttl", "tempat_lahir", "tanggal_lahir", "jenis_kelamin", "alamat", "rt", "rw",
  "kelurahan", "kecamatan", "nomor_permohonan", "tanggal_permohonan", "layanan", "kantor", "tanggal",
  // Who the letter is about: the person outside the KK named on the request, else the resident
  // ({nama}/{nik} stay the resident's, who for such a request is the applicant).
  "nama_subjek", "nik_subjek", "hubungan_subjek",
] as const;

/** The variables named in a text, in order of first appearance. */
export function variablesIn(text: string): string[] {
  return [...new Set([...text.matchAll(VARIABLE)].map((m) => m[1]))];
}

/** Names used in `text` that are neither base variables nor one of the service's field codes. */
export function unknownVariables(text: string, fieldCodes: readonly string[]): string[] {
  const allowed = new Set<string>([...BASE_VARIABLES, ...fieldCodes]);
  return variablesIn(text).filter((name) => !allowed.has(name));
}

/**
 * Replaces each {variable} with its value; a known variable without a value (an optional field
 * left empty) becomes "-". Unknown names are left as written, so a preview shows them plainly.
 */
export function renderVariables(text: string, values: Readonly<Record<string, string | null | undefined>>): string {
  return text.replace(VARIABLE, (whole, name: string) => {
    if (!(name in values)) return whole;
    const value = values[name];
    return value === null || value === undefined || String(value).trim() === "" ? "-" : String(value);
  });
}

/** A body split into paragraphs at blank lines; single newlines stay inside a paragraph. */
export function paragraphsOf(text: string): string[] {
  return text
    .replace(/\r\n/g, "\n")
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
}
