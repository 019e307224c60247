import { describe, expect, it } from "vitest";
import enFields from "@/messages/en/fields.json";
import idFields from "@/messages/id/fields.json";
import {
  checkFieldValue, checkFieldValues, fieldDisplayValue, fieldInputValue, parseCorrections, pickFieldValues, readFieldValue, validateFieldValues,
  type FieldRequirement,
} from "./fields";

const f = (code: string, fieldType: FieldRequirement["fieldType"], over: Partial<FieldRequirement> = {}): FieldRequirement => ({
  code, fieldType, required: true, options: [], ...over,
});
const read = (field: FieldRequirement, raw: unknown) => {
  const r = readFieldValue(field, raw);
  return r.ok ? r.value : r.error;
};

describe("service field values", () => {
  it("accept numbers typed the Indonesian way and store JS numbers", () => {
    expect(read(f("n", "NUMBER"), " 1.500.000 ")).toBe(1_500_000);
    expect(read(f("n", "NUMBER"), "2,5")).toBe(2.5);
    expect(read(f("n", "NUMBER"), "1.500")).toBe(1500);
    expect(checkFieldValue(f("n", "NUMBER"), "dua", true)).toBe("number_invalid");
    expect(checkFieldValue(f("n", "NUMBER"), "1.5", true)).toBe("number_ambiguous");
  });

  it("store money as whole Rupiah and show it formatted", () => {
    const money = f("m", "MONEY");
    expect(read(money, "Rp 1.500.000")).toBe(1_500_000);
    expect(read(money, "1.500.000,50")).toBe("number_not_integer");
    expect(fieldDisplayValue(money, 1_500_000)).toBe("Rp 1.500.000");
    expect(fieldDisplayValue(f("n", "NUMBER"), 1500)).toBe("1.500");
    expect(fieldInputValue(money, 1_500_000)).toBe("1.500.000");
    expect(fieldInputValue(f("n", "NUMBER"), 2.5)).toBe("2,5");
  });

  it("give the web form and the walk-in desk the same stored value", () => {
    const fields = [f("luas", "NUMBER"), f("penghasilan", "MONEY"), f("nama", "TEXT")];
    const typed = { luas: "1.500", penghasilan: "1.500.000", nama: " Warung Bu Siti " };
    const desk = validateFieldValues(fields, typed);
    expect(desk).toEqual({ ok: true, data: { luas: 1500, penghasilan: 1_500_000, nama: "Warung Bu Siti" } });
    expect(pickFieldValues(fields, typed)).toEqual(desk.ok ? desk.data : null);
  });

  it("check a NIK field with the shared NIK rules", () => {
    const nik = f("nik_almarhum", "NIK");
    expect(read(nik, "3201 0145 0690 0002")).toBe("3201014506900002");
    expect(checkFieldValue(nik, "almarhum bapak", true)).toBe("nik_digits");
    expect(checkFieldValue(nik, "320101450690", true)).toBe("nik_length");
    expect(checkFieldValue(nik, "3201019906900002", true)).toBe("nik_day");
    expect(checkFieldValue(nik, "3201014506900000", true)).toBe("nik_sequence");
    expect(validateFieldValues([nik], { nik_almarhum: "1234" })).toEqual({ ok: false, errors: { nik_almarhum: "nik_length" } });
  });

  it("check dates and choices", () => {
    expect(checkFieldValue(f("d", "DATE"), "2026-02-29", true)).toBe("date_invalid");
    expect(checkFieldValue(f("d", "DATE"), "2028-02-29", true)).toBeNull();
    // Typed day first (issue 17), stored as YYYY-MM-DD and shown day first again.
    expect(read(f("d", "DATE"), "17/08/1990")).toBe("1990-08-17");
    expect(checkFieldValue(f("d", "DATE"), "29/02/2026", true)).toBe("date_invalid");
    expect(fieldDisplayValue(f("d", "DATE"), "1990-08-17")).toBe("17/08/1990");
    expect(fieldInputValue(f("d", "DATE"), "1990-08-17")).toBe("17/08/1990");
    expect(checkFieldValue(f("c", "CHOICE", { options: ["A", "B"] }), "C", true)).toBe("choice_invalid");
    expect(checkFieldValue(f("c", "CHOICE", { options: ["A", "B"] }), "B", true)).toBeNull();
  });

  it("demand required values only on submit, with one length limit per type", () => {
    expect(checkFieldValue(f("t", "TEXT"), "  ", false)).toBeNull();
    expect(checkFieldValue(f("t", "TEXT"), "  ", true)).toBe("required");
    expect(checkFieldValue(f("t", "TEXT", { required: false }), "", true)).toBeNull();
    expect(checkFieldValue(f("t", "TEXT"), "x".repeat(201), false)).toBe("too_long");
    expect(checkFieldValue(f("t", "TEXTAREA"), "x".repeat(2000), false)).toBeNull();
    expect(checkFieldValue(f("t", "TEXTAREA"), "x".repeat(2001), false)).toBe("too_long");
    expect(validateFieldValues([f("t", "TEXT")], { t: "x".repeat(201) })).toEqual({ ok: false, errors: { t: "too_long" } });
  });

  it("collect errors, drop unknown keys, and keep what does not read yet in a draft", () => {
    const fields = [f("a", "TEXT"), f("b", "NUMBER")];
    expect(checkFieldValues(fields, { b: "x" }, true)).toEqual({ a: "required", b: "number_invalid" });
    expect(pickFieldValues(fields, { a: " hi ", evil: "1" })).toEqual({ a: "hi" });
    expect(pickFieldValues(fields, { b: " dua ribu " })).toEqual({ b: "dua ribu" });
  });

  it("read rows stored before the one representation", () => {
    // The desk stored numbers, the web stored normalised strings: both read and show the same.
    expect(fieldDisplayValue(f("n", "NUMBER"), 1500)).toBe("1.500");
    expect(fieldDisplayValue(f("n", "NUMBER"), "1500")).toBe("1.500");
    expect(checkFieldValue(f("n", "NUMBER"), 3, true)).toBeNull();
    expect(fieldDisplayValue(f("t", "TEXT"), "")).toBeNull();
  });

  it("read staff corrections defensively", () => {
    expect(parseCorrections([{ requirementCode: "ktp", message: " Foto buram " }, { message: "" }, "x", { message: "Isi alamat" }])).toEqual([
      { requirementCode: "ktp", message: "Foto buram" },
      { requirementCode: null, message: "Isi alamat" },
    ]);
    expect(parseCorrections(null)).toEqual([]);
  });
});

describe("field error words", () => {
  it("exist in Bahasa Indonesia and English for every code the rules produce", () => {
    const codes = [
      "required", "too_long", "date_invalid", "choice_invalid", "number_invalid", "number_ambiguous", "number_not_integer", "number_too_many_decimals",
      "nik_digits", "nik_length", "nik_day", "nik_month", "nik_date", "nik_sequence",
    ];
    for (const code of codes) {
      expect(idFields.errors, code).toHaveProperty(code);
      expect(enFields.errors, code).toHaveProperty(code);
    }
    expect(Object.keys(enFields.errors).sort()).toEqual(Object.keys(idFields.errors).sort());
  });
});
