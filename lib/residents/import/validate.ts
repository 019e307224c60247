// Checks one register row fully and reports every problem of it, not just the first. Pure.
// Cross-row rules (a NIK twice in the file, two heads of one KK, a NIK of another office) are
// decided by the caller, which sees all rows; their codes are listed here so the UI owns one set.
import { normalizeDigits, parseNik, validateKk, type Sex } from "../nik";
import { requiredFields, stripInvisible, type ColumnMapping, type ImportField } from "./columns";

export type ImportRecord = {
  nik: string;
  kkNumber: string;
  fullName: string;
  birthPlace: string;
  birthDate: string; // YYYY-MM-DD
  sex: Sex | "";
  address: string;
  rt: string;
  rw: string;
  familyRole: string;
  phone: string;
};

/** "field:code", e.g. "nik:nik_length", "sex:sex_nik_mismatch". */
export type RowError = `${ImportField}:${string}`;

export const crossRowErrors = {
  duplicateInFile: "nik:nik_duplicate_file",
  otherOffice: "nik:nik_other_office",
  twoHeads: "familyRole:head_duplicate",
} as const satisfies Record<string, RowError>;

const cell = (cells: string[], mapping: ColumnMapping, field: ImportField) => {
  const index = mapping[field];
  if (index === undefined) return "";
  return stripInvisible(String(cells[index] ?? "")).replace(/\s+/g, " ").trim();
};

/** 31-12-1990, 31/12/1990, 31.12.1990, 1990-12-31 → 1990-12-31; anything else null. */
export function parseDate(text: string): string | null {
  let y: number, m: number, d: number;
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (match) [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else {
    match = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(text);
    if (!match) return null;
    [d, m, y] = [Number(match[1]), Number(match[2]), Number(match[3])];
  }
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}

export function parseSex(text: string): Sex | null {
  const t = text.toUpperCase().replace(/[^A-Z0-9]/g, "");
  if (["L", "LK", "LAKILAKI", "LAKI", "PRIA", "1", "M", "MALE"].includes(t)) return "L";
  if (["P", "PR", "PEREMPUAN", "WANITA", "2", "F", "W", "FEMALE"].includes(t)) return "P";
  return null;
}

/** SIAK's STAT_HBKEL "KEPALA KELUARGA" (or code 1) marks the head of the family. */
export function isHeadOfFamily(role: string): boolean {
  const t = role.toUpperCase().replace(/[^A-Z0-9]/g, "");
  return t === "KEPALAKELUARGA" || t === "KK" || t === "1";
}

const pad3 = (v: string) => v.padStart(3, "0");

export function validateRow(cells: string[], mapping: ColumnMapping, options: { today?: string } = {}): { record: ImportRecord; errors: RowError[] } {
  const errors: RowError[] = [];
  const get = (field: ImportField) => cell(cells, mapping, field);
  const record: ImportRecord = {
    nik: normalizeDigits(get("nik")),
    kkNumber: normalizeDigits(get("kkNumber")),
    fullName: get("fullName").toUpperCase(),
    birthPlace: get("birthPlace").toUpperCase(),
    birthDate: "",
    sex: "",
    address: get("address"),
    rt: get("rt"),
    rw: get("rw"),
    familyRole: get("familyRole").toUpperCase(),
    phone: get("phone").replace(/[\s.-]/g, ""),
  };
  for (const field of requiredFields) if (!get(field)) errors.push(`${field}:required`);

  const nik = record.nik ? parseNik(record.nik, { today: options.today }) : null;
  if (nik && !nik.ok) errors.push(`nik:${nik.error}`);

  if (record.kkNumber) {
    const kkError = validateKk(record.kkNumber);
    if (kkError) errors.push(`kkNumber:${kkError}`);
  }

  const rawDate = get("birthDate");
  if (rawDate) {
    const date = parseDate(rawDate);
    if (!date) errors.push("birthDate:birth_date_invalid");
    else {
      record.birthDate = date;
      // The NIK carries day (+40 for women), month and two digits of the year.
      if (nik?.ok && nik.info.birthDate.slice(2) !== date.slice(2)) errors.push("birthDate:birth_date_nik_mismatch");
    }
  }
  const rawSex = get("sex");
  if (rawSex) {
    const sex = parseSex(rawSex);
    if (!sex) errors.push("sex:sex_invalid");
    else {
      record.sex = sex;
      if (nik?.ok && nik.info.sex !== sex) errors.push("sex:sex_nik_mismatch");
    }
  }
  for (const field of ["rt", "rw"] as const) {
    const value = record[field];
    if (!value) continue;
    if (/^\d{1,3}$/.test(value) && Number(value) > 0) record[field] = pad3(value);
    else errors.push(`${field}:${field}_invalid`);
  }
  if (record.fullName.length > 100) errors.push("fullName:too_long");
  if (record.birthPlace.length > 60) errors.push("birthPlace:too_long");
  if (record.address.length > 200) errors.push("address:too_long");
  if (record.phone && !/^(\+62|62|0)\d{8,14}$/.test(record.phone)) errors.push("phone:phone_invalid");
  return { record, errors };
}
