import { describe, expect, it } from "vitest";
import { diffSnapshots, historyEntries, summarise, toSnapshot, type RequirementSnapshot } from "./snapshot";

const req = (code: string, over: Partial<RequirementSnapshot> = {}): RequirementSnapshot => ({
  code, kind: "DOCUMENT", label: code.toUpperCase(), description: null, required: true, position: 0, fieldType: null,
  options: [], acceptTypes: ["image/jpeg"], maxSizeKb: 5120, example: null, active: true, ...over,
});

const base = toSnapshot({
  name: "Surat Keterangan Domisili", slug: "domisili", summary: "s", unitId: "u1", unit: { name: "Seksi Pemerintahan" },
  procedure: ["a", "b"], durationValue: 1, durationUnit: "WORKING_DAYS", feeRupiah: 0, product: "Surat", complaintInfo: "c",
  legalBasis: null, digitalResult: true, requiresVerifiedAccount: false, subjectTargets: ["SELF", "HOUSEHOLD"], active: true,
  requirements: [req("kk", { position: 2 }), req("ktp", { position: 1 })],
});

describe("service snapshots", () => {
  it("order requirements by position", () => {
    expect(base.requirements.map((r) => r.code)).toEqual(["ktp", "kk"]);
  });

  it("report nothing for a new service and for an unchanged one", () => {
    expect(diffSnapshots(null, base)).toEqual([]);
    expect(diffSnapshots(base, structuredClone(base))).toEqual([]);
  });

  it("name changed service fields and requirement additions, removals and edits", () => {
    const after = structuredClone(base);
    after.feeRupiah = 10_000;
    after.procedure = ["a", "b", "c"];
    after.requirements = [{ ...after.requirements[0], label: "KTP-el", maxSizeKb: 2048 }, req("foto")];
    const changes = diffSnapshots(base, after);
    expect(changes).toEqual([
      { kind: "service", field: "procedure", before: ["a", "b"], after: ["a", "b", "c"] },
      { kind: "service", field: "feeRupiah", before: 0, after: 10_000 },
      { kind: "requirement_changed", code: "ktp", label: "KTP-el", fields: ["label", "maxSizeKb"] },
      { kind: "requirement_added", code: "foto", label: "FOTO" },
      { kind: "requirement_removed", code: "kk", label: "KK" },
    ]);
    expect(summarise(changes, "x")).toBe("procedure; feeRupiah; ktp(label,maxSizeKb); +foto; -kk");
    expect(summarise([], "Dibuat")).toBe("Dibuat");
  });

  it("show 'for whom' before → after, and read a revision written before the setting as the default", () => {
    const after = { ...structuredClone(base), subjectTargets: ["HOUSEHOLD", "OTHER"] };
    expect(diffSnapshots(base, after)).toEqual([{ kind: "service", field: "subjectTargets", before: ["SELF", "HOUSEHOLD"], after: ["HOUSEHOLD", "OTHER"] }]);
    const { subjectTargets: _gone, ...older } = structuredClone(base);
    expect(diffSnapshots(older as typeof base, base)).toEqual([]);
  });

  it("label only the very first revision as created, also when a page starts later in the history", () => {
    const fee = { ...structuredClone(base), feeRupiah: 5_000 };
    const name = { ...structuredClone(fee), name: "Domisili" };
    const newestFirst = [{ id: "3", snapshot: name }, { id: "2", snapshot: fee }];
    // A later page: its oldest revision is compared with the revision just before the page.
    const later = historyEntries(newestFirst, base);
    expect(later.map((e) => e.created)).toEqual([false, false]);
    expect(later[1].changes).toEqual([{ kind: "service", field: "feeRupiah", before: 0, after: 5_000 }]);
    expect(later[0].changes).toEqual([{ kind: "service", field: "name", before: "Surat Keterangan Domisili", after: "Domisili" }]);
    // The page that reaches the start of the history.
    const first = historyEntries([...newestFirst, { id: "1", snapshot: base }], null);
    expect(first.map((e) => e.created)).toEqual([false, false, true]);
    expect(first[2].changes).toEqual([]);
  });
});
