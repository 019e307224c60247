import { describe, expect, it } from "vitest";
import { chartLabel } from "./datasets";
import { wrapLabel } from "./wrap-label";

describe("chart labels", () => {
  it("names the unsur with its code and wraps long names at spaces", () => {
    expect(chartLabel(["U8", "Penanganan Pengaduan, Saran dan Masukan", 12, 3.1], [0, 1])).toBe("U8 Penanganan Pengaduan, Saran dan Masukan");
    expect(wrapLabel("U8 Penanganan Pengaduan, Saran dan Masukan")).toEqual(["U8 Penanganan", "Pengaduan, Saran", "dan Masukan"]);
    expect(wrapLabel("U1 Persyaratan")).toEqual(["U1 Persyaratan"]);
    // A word longer than the line stays whole rather than being cut mid-word.
    expect(wrapLabel("Kependudukan-dan-Catatan-Sipil x")).toEqual(["Kependudukan-dan-Catatan-Sipil", "x"]);
    expect(wrapLabel("")).toEqual([""]);
  });
});
