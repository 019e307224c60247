import { describe, expect, it } from "vitest";
import { fillTemplate, insertAnswer, shortcutQuery, unknownVariables } from "./template";

describe("canned answer templates", () => {
  it("accepts the known variables and names the unknown ones", () => {
    expect(unknownVariables("Halo {nama}, permohonan {nomor} ({layanan}) selesai {tenggat}. Kurang: {yang_kurang}")).toEqual([]);
    expect(unknownVariables("Halo {nama} {alamat} {NIK} {alamat}")).toEqual(["alamat", "NIK"]);
    expect(unknownVariables("Kurung {} kosong")).toEqual([""]);
  });

  it("fills values from the case and marks missing ones", () => {
    expect(fillTemplate("Halo {nama}, nomor {nomor}, kurang: {yang_kurang}", { nama: "Siti Aminah", nomor: "PKS/2026/000123" })).toBe(
      "Halo Siti Aminah, nomor PKS/2026/000123, kurang: …",
    );
  });

  it("finds a /shortcut being typed and replaces it", () => {
    expect(shortcutQuery("/sal")).toBe("sal");
    expect(shortcutQuery("Baik, /kur")).toBe("kur");
    expect(shortcutQuery("http://x/y")).toBeNull();
    expect(shortcutQuery("tanpa")).toBeNull();
    expect(insertAnswer("Baik, /kur", "Mohon lengkapi KK.")).toBe("Baik, Mohon lengkapi KK.");
    expect(insertAnswer("/salam", "Selamat pagi")).toBe("Selamat pagi");
  });
});
