import { describe, expect, it } from "vitest";
import { classifyTracking, nikEndsWith, nikSuffixOf, normalizeRegistrationNumber } from "./tracking";

describe("public look-up input", () => {
  it("reads registration numbers as people type them from a receipt", () => {
    expect(normalizeRegistrationNumber("PKS/2026/000017")).toBe("PKS/2026/000017");
    expect(normalizeRegistrationNumber(" pks/2026/17 ")).toBe("PKS/2026/000017");
    expect(normalizeRegistrationNumber("pks 2026 17")).toBe("PKS/2026/000017");
    expect(normalizeRegistrationNumber("PKS - 2026 - 0017")).toBe("PKS/2026/000017");
    expect(normalizeRegistrationNumber("PKS/2026/0")).toBeNull();
    expect(normalizeRegistrationNumber("PKS/26/17")).toBeNull();
    expect(normalizeRegistrationNumber("'; select 1")).toBeNull();
  });
  it("tells a complaint ticket from a registration number", () => {
    expect(classifyTracking("adu pks 2026 5")).toEqual({ kind: "ticket", ticket: "ADU-PKS-2026-000005" });
    expect(classifyTracking("pks/2026/5")).toEqual({ kind: "request", number: "PKS/2026/000005" });
    expect(classifyTracking("halo")).toEqual({ kind: "unknown" });
  });
  it("takes exactly four digits of the NIK as the second factor", () => {
    expect(nikSuffixOf(" 00 02 ")).toBe("0002");
    expect(nikSuffixOf("002")).toBeNull();
    expect(nikSuffixOf("3201014506900002")).toBeNull();
    expect(nikEndsWith("3201014506900002", "0002")).toBe(true);
    expect(nikEndsWith("3201014506900002", "0003")).toBe(false);
  });
});
