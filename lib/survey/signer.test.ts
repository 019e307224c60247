import { describe, expect, it } from "vitest";
import { applySignerOverrides, defaultSigner } from "./signer";

describe("who signs the SKM report", () => {
  const template = { signerName: "Drs. Hendra Wijaya", signerNip: "197001011990031005", signerPosition: "Lurah Pakansari", signPlace: "Cibinong" };

  it("takes the office head from the letter templates, else the supervisor account with the office's title", () => {
    expect(defaultSigner({ name: "Kelurahan Pakansari", type: "KELURAHAN" }, template, "Someone")).toEqual({ position: "Lurah Pakansari", name: "Drs. Hendra Wijaya", nip: "197001011990031005", place: "Cibinong" });
    expect(defaultSigner({ name: "Kelurahan Pakansari", type: "KELURAHAN" }, null, "Hendra")).toEqual({ position: "Lurah Pakansari", name: "Hendra", nip: null, place: "Pakansari" });
    expect(defaultSigner({ name: "Kecamatan Cibinong", type: "KECAMATAN" }, null, null)).toMatchObject({ position: "Camat Cibinong", name: "" });
    expect(defaultSigner({ name: "Desa Sukamaju", type: "DESA" }, null, null).position).toBe("Kepala Desa Sukamaju");
  });

  it("applies corrections from the form, keeping the default for blank or malformed values", () => {
    const base = defaultSigner({ name: "Kelurahan Pakansari", type: "KELURAHAN" }, template, null);
    expect(applySignerOverrides(base, { ttd_nama: "  ", ttd_nip: "1970", ttd_tempat: "Bogor" })).toEqual({ ...base, place: "Bogor" });
    expect(applySignerOverrides(base, { ttd_nip: "198001012005011002", ttd_jabatan: "Plt. Lurah Pakansari" })).toMatchObject({ nip: "198001012005011002", position: "Plt. Lurah Pakansari" });
  });
});
