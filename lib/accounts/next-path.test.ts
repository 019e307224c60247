import { describe, expect, it } from "vitest";
import { landingPath, safeNextPath } from "./next-path";

describe("where to go after login", () => {
  it("keeps paths on this site and drops everything else", () => {
    expect(safeNextPath("http://localhost:3000/warga/permohonan?x=1")).toBe("/warga/permohonan?x=1");
    expect(safeNextPath("/profil")).toBe("/profil");
    expect(safeNextPath("//evil.example/x")).toBeNull();
    expect(safeNextPath("/\\evil.example")).toBeNull();
    expect(safeNextPath("javascript:alert(1)")).toBeNull();
    expect(safeNextPath("/masuk")).toBeNull();
    expect(safeNextPath(null)).toBeNull();
  });

  it("follows next only within the role's own area", () => {
    expect(landingPath("/warga", "/warga/permohonan")).toBe("/warga/permohonan");
    expect(landingPath("/warga", "/profil")).toBe("/profil");
    expect(landingPath("/warga", "/admin/pengguna")).toBe("/warga");
    expect(landingPath("/warga", "/wargaX")).toBe("/warga");
    expect(landingPath("/petugas", null)).toBe("/petugas");
  });
});
