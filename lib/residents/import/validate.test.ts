import { describe, expect, it } from "vitest";
import { matchColumns } from "./columns";
import { parseDate, validateRow } from "./validate";

const headers = ["NIK", "NO_KK", "NAMA_LGKP", "TMPT_LHR", "TGL_LHR", "JENIS_KLMIN", "ALAMAT", "NO_RT", "NO_RW", "STAT_HBKEL"];
const mapping = matchColumns(headers);
const siti = ["3201014506900002", "3201010101100001", "Siti Aminah", "Bogor", "05-06-1990", "PEREMPUAN", "Jl. Raya Pakansari No. 5", "3", "5", "ISTRI"];
const row = (patch: Record<number, string>) => siti.map((v, i) => patch[i] ?? v);
const today = "2026-12-01";

describe("validateRow", () => {
  it("accepts a woman's NIK with the +40 day and normalizes the values", () => {
    const { record, errors } = validateRow(siti, mapping, { today });
    expect(errors).toEqual([]);
    expect(record).toMatchObject({ nik: "3201014506900002", fullName: "SITI AMINAH", birthDate: "1990-06-05", sex: "P", rt: "003", rw: "005" });
  });

  it("rejects a woman whose NIK day lacks the +40 (it says male)", () => {
    const { errors } = validateRow(row({ 0: "3201010506900002" }), mapping, { today });
    expect(errors).toEqual(["sex:sex_nik_mismatch"]);
  });

  it("reports a birth date that differs from the NIK", () => {
    expect(validateRow(row({ 4: "06-06-1990" }), mapping, { today }).errors).toEqual(["birthDate:birth_date_nik_mismatch"]);
  });

  it("reports an impossible date", () => {
    expect(parseDate("31-02-1990")).toBeNull();
    expect(parseDate("1990-06-05")).toBe("1990-06-05");
    expect(parseDate("5/6/1990")).toBe("1990-06-05");
    expect(validateRow(row({ 4: "31-02-1990" }), mapping, { today }).errors).toEqual(["birthDate:birth_date_invalid"]);
  });

  it("reports a KK of the wrong length", () => {
    expect(validateRow(row({ 1: "320101010110000" }), mapping, { today }).errors).toEqual(["kkNumber:kk_length"]);
  });

  it("reports every error of a row, not just the first", () => {
    const { errors } = validateRow(row({ 0: "32010145069000", 1: "12AB", 2: "", 5: "X", 7: "abc" }), mapping, { today });
    expect(errors).toEqual(["fullName:required", "nik:nik_length", "kkNumber:kk_digits", "sex:sex_invalid", "rt:rt_invalid"]);
  });

  it("strips invisible characters before checking", () => {
    const { record, errors } = validateRow(row({ 0: "\u200B3201014506900002\uFEFF", 2: "Siti\u00A0Aminah" }), mapping, { today });
    expect(errors).toEqual([]);
    expect(record.nik).toBe("3201014506900002");
    expect(record.fullName).toBe("SITI AMINAH");
  });
});
