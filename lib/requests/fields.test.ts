import { describe, expect, it } from "vitest";
import { checkFieldValue, checkFieldValues, normaliseFieldValue, parseCorrections, pickFieldValues, type FieldRequirement } from "./fields";

const f = (code: string, fieldType: FieldRequirement["fieldType"], over: Partial<FieldRequirement> = {}): FieldRequirement => ({
  code, fieldType, required: true, options: [], ...over,
});

describe("service field values", () => {
  it("accept numbers typed the Indonesian way", () => {
    expect(normaliseFieldValue(f("n", "NUMBER"), " 1.500.000 ")).toBe("1500000");
    expect(normaliseFieldValue(f("n", "NUMBER"), "2,5")).toBe("2.5");
    expect(checkFieldValue(f("n", "NUMBER"), "1.500.000", true)).toBeNull();
    expect(checkFieldValue(f("n", "NUMBER"), "dua", true)).toBe("not_a_number");
  });

  it("check dates and choices", () => {
    expect(checkFieldValue(f("d", "DATE"), "2026-02-29", true)).toBe("invalid_date");
    expect(checkFieldValue(f("d", "DATE"), "2028-02-29", true)).toBeNull();
    expect(checkFieldValue(f("c", "CHOICE", { options: ["A", "B"] }), "C", true)).toBe("invalid_choice");
    expect(checkFieldValue(f("c", "CHOICE", { options: ["A", "B"] }), "B", true)).toBeNull();
  });

  it("demand required values only on submit", () => {
    expect(checkFieldValue(f("t", "TEXT"), "  ", false)).toBeNull();
    expect(checkFieldValue(f("t", "TEXT"), "  ", true)).toBe("required");
    expect(checkFieldValue(f("t", "TEXT", { required: false }), "", true)).toBeNull();
    expect(checkFieldValue(f("t", "TEXT"), "x".repeat(2001), false)).toBe("too_long");
  });

  it("collect errors and drop unknown keys", () => {
    const fields = [f("a", "TEXT"), f("b", "NUMBER")];
    expect(checkFieldValues(fields, { b: "x" }, true)).toEqual({ a: "required", b: "not_a_number" });
    expect(pickFieldValues(fields, { a: " hi ", evil: "1" })).toEqual({ a: "hi" });
  });

  it("read staff corrections defensively", () => {
    expect(parseCorrections([{ requirementCode: "ktp", message: " Foto buram " }, { message: "" }, "x", { message: "Isi alamat" }])).toEqual([
      { requirementCode: "ktp", message: "Foto buram" },
      { requirementCode: null, message: "Isi alamat" },
    ]);
    expect(parseCorrections(null)).toEqual([]);
  });
});
