import { describe, expect, it } from "vitest";
import { safeReturnPath } from "./return-path";

const host = "layanan.example.go.id";

describe("safeReturnPath", () => {
  it("keeps a path on this site, with its query", () => {
    expect(safeReturnPath("/layanan/pakansari?q=ktp", host)).toBe("/layanan/pakansari?q=ktp");
    expect(safeReturnPath(`https://${host}/warga/permohonan`, host)).toBe("/warga/permohonan");
  });

  it("refuses other hosts and tricks that look like paths", () => {
    expect(safeReturnPath("https://evil.example/", host)).toBe("/");
    expect(safeReturnPath("//evil.example/x", host)).toBe("/");
    expect(safeReturnPath("/\\evil.example", host)).toBe("/");
    expect(safeReturnPath("javascript:alert(1)", host)).toBe("/");
    expect(safeReturnPath(`https://${host}.evil.example/`, host)).toBe("/");
  });

  it("falls back to the home page when nothing usable is given", () => {
    expect(safeReturnPath(null, host)).toBe("/");
    expect(safeReturnPath("/warga", null)).toBe("/");
    expect(safeReturnPath("/bahasa?ke=en", host)).toBe("/");
  });
});
