// Which column of an uploaded register file holds which resident field. SIAK exports (Dukcapil's
// population system) use fixed upper-case names; spreadsheets kept by hand use looser words.
// Pure: header texts in, a mapping of field → column index out.

export const importFields = [
  "nik",
  "kkNumber",
  "fullName",
  "birthPlace",
  "birthDate",
  "sex",
  "address",
  "rt",
  "rw",
  "familyRole",
  "phone",
] as const;
export type ImportField = (typeof importFields)[number];
export type ColumnMapping = Partial<Record<ImportField, number>>;

/** Fields without which a row cannot become a register entry. */
export const requiredFields: readonly ImportField[] = ["nik", "kkNumber", "fullName", "birthPlace", "birthDate", "sex", "address", "rt", "rw"];

const aliases: Record<ImportField, string[]> = {
  nik: ["nik", "no nik", "nomor nik", "nomor induk kependudukan"],
  kkNumber: ["no kk", "nokk", "nomor kk", "kk", "no kartu keluarga", "nomor kartu keluarga"],
  fullName: ["nama lgkp", "nama lengkap", "nama", "name", "full name"],
  birthPlace: ["tmpt lhr", "tempat lahir", "tmp lahir", "birth place"],
  birthDate: ["tgl lhr", "tanggal lahir", "tgl lahir", "birth date", "date of birth"],
  sex: ["jenis klmin", "jenis kelamin", "jk", "l p", "sex", "gender"],
  address: ["alamat", "address"],
  rt: ["no rt", "rt"],
  rw: ["no rw", "rw"],
  familyRole: ["stat hbkel", "shdk", "status hubungan dalam keluarga", "hubungan keluarga", "hubungan"],
  phone: ["no hp", "no telp", "telepon", "nomor hp", "phone"],
};

/** "NAMA_LGKP" and "Nama Lgkp." compare equal: case, punctuation and spacing do not matter. */
export function normalizeHeader(text: string): string {
  return stripInvisible(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** Zero-width spaces, BOMs, soft hyphens and non-breaking spaces that spreadsheets carry along. */
export function stripInvisible(text: string): string {
  return text.replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, "").replace(/[\u00A0\u2007\u202F]/g, " ");
}

/**
 * Picks a column for every field whose alias matches a header exactly; `remembered` (the office's
 * last mapping, by header text) wins where its header is present. A column is used once.
 */
export function matchColumns(headers: string[], remembered?: Partial<Record<ImportField, string>>): ColumnMapping {
  const normalized = headers.map(normalizeHeader);
  const used = new Set<number>();
  const mapping: ColumnMapping = {};
  for (const field of importFields) {
    const wanted = remembered?.[field];
    if (!wanted) continue;
    const index = normalized.indexOf(normalizeHeader(wanted));
    if (index >= 0 && !used.has(index)) {
      mapping[field] = index;
      used.add(index);
    }
  }
  for (const field of importFields) {
    if (mapping[field] !== undefined) continue;
    for (const alias of aliases[field]) {
      const index = normalized.findIndex((h, i) => h === alias && !used.has(i));
      if (index >= 0) {
        mapping[field] = index;
        used.add(index);
        break;
      }
    }
  }
  return mapping;
}

/** The mapping as header texts, to remember it for the office's next file. */
export function mappingByHeader(headers: string[], mapping: ColumnMapping): Partial<Record<ImportField, string>> {
  const out: Partial<Record<ImportField, string>> = {};
  for (const field of importFields) {
    const index = mapping[field];
    if (index !== undefined && headers[index] !== undefined) out[field] = headers[index];
  }
  return out;
}
