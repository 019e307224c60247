import { describe, expect, it } from "vitest";
import { maskName } from "./mask";
import { paragraphsOf, renderVariables, unknownVariables, variablesIn } from "./variables";

describe("template variables", () => {
  const body = "Yang bertanda tangan menerangkan bahwa {nama}, NIK {nik}, beralamat di {alamat_domisili}, untuk {keperluan}.";

  it("lists the variables of a text once each", () => {
    expect(variablesIn(`${body} {nama}`)).toEqual(["nama", "nik", "alamat_domisili", "keperluan"]);
  });

  it("accepts base variables and the service's own fields, refuses anything else", () => {
    expect(unknownVariables(body, ["alamat_domisili", "keperluan"])).toEqual([]);
    expect(unknownVariables(body, ["keperluan"])).toEqual(["alamat_domisili"]);
    expect(unknownVariables("{Nama} {nama_usaha}", [])).toEqual(["Nama", "nama_usaha"]);
  });

  it("renders values, writes '-' for empty known ones and leaves unknown names visible", () => {
    const out = renderVariables(body, { nama: "Siti Aminah", nik: "3201014506900002", alamat_domisili: "Jl. Mawar – RT 01", keperluan: "" });
    expect(out).toBe("Yang bertanda tangan menerangkan bahwa Siti Aminah, NIK 3201014506900002, beralamat di Jl. Mawar – RT 01, untuk -.");
    expect(renderVariables("{nama} {ghost}", { nama: "André" })).toBe("André {ghost}");
  });

  it("splits paragraphs at blank lines", () => {
    expect(paragraphsOf("Satu\nbaris\n\n  Dua  \r\n\r\nTiga")).toEqual(["Satu\nbaris", "Dua", "Tiga"]);
  });

  it("masks names for the public page", () => {
    expect(maskName("Siti Aminah")).toBe("S*** A*****");
    expect(maskName("  Ő  Budi ")).toBe("Ő* B***");
  });
});
