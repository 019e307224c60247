import { describe, expect, it } from "vitest";
import { normalizePhone, parseIdentifier } from "./identifier";

describe("sign-in identifier", () => {
  it("recognises a NIK even when typed with spaces", () => {
    expect(parseIdentifier("3201 0141 0190 0003")).toEqual({ kind: "nik", value: "3201014101900003" });
  });
  it("recognises e-mail case-insensitively", () => {
    expect(parseIdentifier(" Siti@Example.ID ")).toEqual({ kind: "email", value: "siti@example.id" });
  });
  it("normalises phone numbers to 08…", () => {
    expect(normalizePhone("+62 812-3456-7890")).toBe("081234567890");
    expect(normalizePhone("6281234567890")).toBe("081234567890");
    expect(parseIdentifier("0812 3456 7890")).toEqual({ kind: "phone", value: "081234567890" });
  });
  it("rejects what is none of these", () => {
    expect(parseIdentifier("")).toBeNull();
    expect(parseIdentifier("budi")).toBeNull();
    expect(parseIdentifier("123")).toBeNull();
  });
});
