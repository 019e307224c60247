import { describe, expect, it } from "vitest";
import { availableActions, canTransition, targetStatus } from "./workflow";

describe("request workflow", () => {
  it("follows diajukan → diverifikasi → diproses → selesai", () => {
    expect(canTransition("submit", "DRAFT")).toBe(true);
    expect(canTransition("verify", "SUBMITTED")).toBe(true);
    expect(canTransition("process", "VERIFIED")).toBe(true);
    expect(canTransition("complete", "PROCESSING")).toBe(true);
    expect(targetStatus("complete")).toBe("COMPLETED");
  });

  it("lets the resident cancel only before processing starts", () => {
    expect(canTransition("cancel", "SUBMITTED")).toBe(true);
    expect(canTransition("cancel", "NEEDS_CORRECTION")).toBe(true);
    expect(canTransition("cancel", "PROCESSING")).toBe(false);
    expect(canTransition("cancel", "COMPLETED")).toBe(false);
  });

  it("refuses skipping steps and reopening final states", () => {
    expect(canTransition("complete", "SUBMITTED")).toBe(false);
    expect(canTransition("process", "SUBMITTED")).toBe(false);
    expect(canTransition("verify", "REJECTED")).toBe(false);
    expect(canTransition("reject", "COMPLETED")).toBe(false);
  });

  it("offers each side only its own actions", () => {
    expect(availableActions("SUBMITTED", "staff").sort()).toEqual(["reject", "requestCorrection", "verify"]);
    expect(availableActions("NEEDS_CORRECTION", "resident").sort()).toEqual(["cancel", "resubmit"]);
    expect(availableActions("COMPLETED", "staff")).toEqual([]);
  });
});
