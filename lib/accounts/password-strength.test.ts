import { describe, expect, it } from "vitest";
import { isWeakPassword } from "./password-strength";

describe("weak passwords are refused", () => {
  it.each(["12345678", "password", "qwertyuiop", "11111111", "bismillah", "sayang123", "indonesia1", "rahasia2024"])("%s", (p) => {
    expect(isWeakPassword(p)).toBe(true);
  });

  it("the person's own name, NIK or e-mail make a password weak", () => {
    expect(isWeakPassword("sitiaminah90", ["Siti Aminah", "3201014506900002"])).toBe(true);
    expect(isWeakPassword("3201014506900002", ["3201014506900002"])).toBe(true);
  });

  it.each(["Demo#2026", "kopi-hitam-tanpa-gula", "Rumah7Biru!Lapangan", "t4jam&Lurus9"])("%s is accepted", (p) => {
    expect(isWeakPassword(p, ["Siti Aminah"])).toBe(false);
  });
});
