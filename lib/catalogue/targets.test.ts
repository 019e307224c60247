import { describe, expect, it } from "vitest";
import { serviceSchema } from "./schema";
import { normaliseTargets, targetOfRelation } from "./targets";

const base = {
  name: "Surat Keterangan Kematian", slug: "", summary: "Keterangan kematian.", unitId: "u1", procedure: "Ajukan", durationValue: "1",
  durationUnit: "WORKING_DAYS", feeRupiah: "0", product: "Surat", complaintInfo: "Menu Pengaduan", legalBasis: "", digitalResult: true, requiresVerifiedAccount: false,
} as const;
const targets = (subjectTargets: unknown) => {
  const r = serviceSchema.safeParse({ ...base, subjectTargets });
  return r.success ? r.data.subjectTargets : r.error.issues.map((i) => i.message);
};

describe("who a service is for", () => {
  it("needs at least one known target and stores them in one order", () => {
    expect(targets(["OTHER", "HOUSEHOLD"])).toEqual(["HOUSEHOLD", "OTHER"]);
    expect(targets(["OTHER"])).toEqual(["OTHER"]); // a death certificate: never the applicant
    expect(targets([])).toEqual(["choose_target"]);
    expect(targets(["SELF", "NEIGHBOUR"])).toEqual(["choose_target"]);
    expect(targets(undefined)).toEqual(["choose_target"]);
  });

  it("reads a stored list safely and maps a request's relation to its target", () => {
    expect(normaliseTargets(["OTHER", "SELF", "SELF"])).toEqual(["SELF", "OTHER"]);
    expect(normaliseTargets(null)).toEqual(["SELF", "HOUSEHOLD"]);
    expect(normaliseTargets([])).toEqual(["SELF", "HOUSEHOLD"]);
    expect(["SELF", "SPOUSE", "OTHER_KK", "OUTSIDE_KK"].map(targetOfRelation)).toEqual(["SELF", "HOUSEHOLD", "HOUSEHOLD", "OTHER"]);
  });
});
