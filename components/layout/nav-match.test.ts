import { describe, expect, it } from "vitest";
import { currentLink } from "./nav-match";

const links = [
  { href: "/warga" },
  { href: "/warga/permohonan" },
  { href: "/warga/pengaduan" },
  { href: "/warga/lainnya", also: ["/layanan", "/warga/percakapan", "/profil"] },
];

describe("currentLink", () => {
  it("marks the home tab only on the home page", () => {
    expect(currentLink("/warga", links)).toBe("/warga");
    expect(currentLink("/warga/permohonan", links)).toBe("/warga/permohonan");
  });
  it("marks a section on its deeper pages", () => {
    expect(currentLink("/warga/permohonan/abc/isi", links)).toBe("/warga/permohonan");
    expect(currentLink("/warga/pengaduan/baru", links)).toBe("/warga/pengaduan");
  });
  it("does not confuse a prefix of a word with a parent", () => {
    expect(currentLink("/warga/permohonanx", links)).toBe("/warga");
  });
  it("marks the more tab on the pages listed under it", () => {
    expect(currentLink("/layanan/kelurahan-pakansari", links)).toBe("/warga/lainnya");
    expect(currentLink("/profil", links)).toBe("/warga/lainnya");
    expect(currentLink("/warga/lainnya", links)).toBe("/warga/lainnya");
  });
  it("marks nothing outside the menu", () => {
    expect(currentLink("/lacak", links)).toBeNull();
  });
  it("prefers the longer of two matching links", () => {
    expect(currentLink("/petugas/permohonan/baru", [{ href: "/petugas/permohonan" }, { href: "/petugas/permohonan/baru" }])).toBe("/petugas/permohonan/baru");
  });
});
