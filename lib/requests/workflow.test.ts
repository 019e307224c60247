import { describe, expect, it } from "vitest";
import { availableActions, canCompleteOnSpot, canHandOver, canTransition, forwardPath, isOpenStatus, showsDueDate, targetStatus, type RequestStatus } from "./workflow";

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

describe("open requests", () => {
  it("show the due date for every open status, on the list and the detail page alike", () => {
    const due = new Date("2026-03-05T08:00:00Z");
    expect(["SUBMITTED", "VERIFIED", "NEEDS_CORRECTION", "PROCESSING"].every((s) => showsDueDate(s as RequestStatus, due))).toBe(true);
    expect(["DRAFT", "COMPLETED", "REJECTED", "CANCELLED"].some((s) => showsDueDate(s as RequestStatus, due))).toBe(false);
    expect(showsDueDate("SUBMITTED", null)).toBe(false);
    expect(isOpenStatus("NEEDS_CORRECTION")).toBe(true);
  });
});

describe("forwardPath (desk shortcuts)", () => {
  it("verifies and processes a submitted request in one go", () => {
    expect(forwardPath("SUBMITTED", "PROCESSING")).toEqual(["verify", "process"]);
    expect(forwardPath("VERIFIED", "PROCESSING")).toEqual(["process"]);
    expect(forwardPath("PROCESSING", "PROCESSING")).toBeNull();
  });
  it("completes on the spot from any forward status", () => {
    expect(forwardPath("SUBMITTED", "COMPLETED")).toEqual(["verify", "process", "complete"]);
    expect(forwardPath("VERIFIED", "COMPLETED")).toEqual(["process", "complete"]);
    expect(forwardPath("PROCESSING", "COMPLETED")).toEqual(["complete"]);
  });
  it("never skips a correction, a final status or a draft", () => {
    for (const s of ["NEEDS_CORRECTION", "COMPLETED", "REJECTED", "CANCELLED", "DRAFT"] as const) {
      expect(forwardPath(s, "COMPLETED")).toBeNull();
      expect(forwardPath(s, "PROCESSING")).toBeNull();
    }
  });
});

describe("desk shortcuts", () => {
  it("completes on the spot only a desk request that has not reached completion", () => {
    expect(canCompleteOnSpot({ status: "SUBMITTED", channel: "WALK_IN" })).toBe(true);
    expect(canCompleteOnSpot({ status: "PROCESSING", channel: "WALK_IN" })).toBe(true);
    expect(canCompleteOnSpot({ status: "SUBMITTED", channel: "WEB" })).toBe(false);
    expect(canCompleteOnSpot({ status: "COMPLETED", channel: "WALK_IN" })).toBe(false);
  });

  it("hands a result over once, after completion", () => {
    expect(canHandOver({ status: "COMPLETED", collectedAt: null })).toBe(true);
    expect(canHandOver({ status: "COMPLETED", collectedAt: new Date() })).toBe(false);
    expect(canHandOver({ status: "PROCESSING", collectedAt: null })).toBe(false);
  });
});
