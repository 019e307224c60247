import { describe, expect, it } from "vitest";
import { serviceSchema } from "./schema";

const base = {
  name: "Surat Keterangan Usaha", slug: "", summary: "Keterangan usaha.", unitId: "u1", procedure: "Ajukan", durationValue: "1",
  durationUnit: "WORKING_DAYS", feeRupiah: "0", product: "Surat", complaintInfo: "Menu Pengaduan", legalBasis: "", digitalResult: true, requiresVerifiedAccount: false, subjectTargets: ["SELF", "HOUSEHOLD"],
} as const;

const fee = (feeRupiah: string | number) => {
  const r = serviceSchema.safeParse({ ...base, feeRupiah });
  return r.success ? r.data.feeRupiah : r.error.issues.map((i) => i.message);
};

describe("catalogue fee in Indonesian notation", () => {
  it("reads the thousands dot as thousands, not as a decimal point", () => {
    expect(fee("10.000")).toBe(10_000);
    expect(fee("Rp 1.500.000")).toBe(1_500_000);
    expect(fee("150000")).toBe(150_000);
    expect(fee(25_000)).toBe(25_000);
  });

  it("refuses fees that read two ways or are not whole Rupiah", () => {
    expect(fee("10.5")).toEqual(["number_ambiguous"]);
    expect(fee("10.000,50")).toEqual(["number_not_integer"]);
    expect(fee("sepuluh ribu")).toEqual(["number_invalid"]);
    expect(fee("-1")).toEqual(["too_small"]);
    expect(fee("")).toEqual(["required"]);
  });
});
