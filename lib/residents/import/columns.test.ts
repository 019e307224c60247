import { describe, expect, it } from "vitest";
import { mappingByHeader, matchColumns, normalizeHeader } from "./columns";

describe("matchColumns", () => {
  it("matches the SIAK export's column names", () => {
    const headers = ["NO", "NIK", "NO_KK", "NAMA_LGKP", "TMPT_LHR", "TGL_LHR", "JENIS_KLMIN", "ALAMAT", "NO_RT", "NO_RW", "STAT_HBKEL"];
    expect(matchColumns(headers)).toEqual({
      nik: 1, kkNumber: 2, fullName: 3, birthPlace: 4, birthDate: 5, sex: 6, address: 7, rt: 8, rw: 9, familyRole: 10,
    });
  });

  it("ignores case, punctuation, BOMs and zero-width spaces", () => {
    expect(normalizeHeader("\uFEFFNama\u200B Lengkap.")).toBe("nama lengkap");
    expect(matchColumns(["\uFEFFnik", "Nama Lengkap", "Tgl. Lahir", "RT", "RW"])).toEqual({ nik: 0, fullName: 1, birthDate: 2, rt: 3, rw: 4 });
  });

  it("leaves unknown columns unmapped and uses a column once", () => {
    const mapping = matchColumns(["Nama", "Nama", "Pekerjaan"]);
    expect(mapping).toEqual({ fullName: 0 });
  });

  it("prefers the office's remembered mapping over the aliases", () => {
    const headers = ["NIK", "NAMA", "NAMA_PANGGILAN"];
    const remembered = mappingByHeader(headers, { nik: 0, fullName: 2 });
    expect(remembered).toEqual({ nik: "NIK", fullName: "NAMA_PANGGILAN" });
    expect(matchColumns(headers, remembered)).toEqual({ nik: 0, fullName: 2 });
    // A remembered header that is not in this file falls back to the aliases.
    expect(matchColumns(["NIK", "NAMA"], remembered)).toEqual({ nik: 0, fullName: 1 });
  });
});
