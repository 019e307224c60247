import { describe, expect, it } from "vitest";
import { ALL_STATUSES, availableActions, canTransition, targetStatus, type ComplaintAction } from "./workflow";

const table: Record<ComplaintAction, string[]> = {
  verify: ["SUBMITTED"],
  reject: ["SUBMITTED", "VERIFIED"],
  dispose: ["VERIFIED", "DISPOSED", "FOLLOWED_UP"],
  followUp: ["DISPOSED", "FOLLOWED_UP"],
  complete: ["FOLLOWED_UP"],
  confirm: ["COMPLETED"],
  reopen: ["COMPLETED"],
};

describe("complaint workflow", () => {
  for (const [action, allowed] of Object.entries(table) as [ComplaintAction, string[]][]) {
    it(`${action} is allowed exactly from ${allowed.join(", ")}`, () => {
      for (const status of ALL_STATUSES) expect(canTransition(action, status)).toBe(allowed.includes(status));
    });
  }

  it("leads where the norms say", () => {
    expect(targetStatus("verify")).toBe("VERIFIED");
    expect(targetStatus("complete")).toBe("COMPLETED");
    expect(targetStatus("confirm")).toBe("CLOSED");
    expect(targetStatus("reopen", { hasUnit: true })).toBe("DISPOSED");
    expect(targetStatus("reopen", { hasUnit: false })).toBe("FOLLOWED_UP");
  });

  it("offers each side only its own buttons", () => {
    expect(availableActions("SUBMITTED", "staff")).toEqual(["verify", "reject"]);
    expect(availableActions("DISPOSED", "unit")).toEqual(["followUp"]);
    expect(availableActions("COMPLETED", "reporter")).toEqual(["confirm", "reopen"]);
    expect(availableActions("CLOSED", "staff")).toEqual([]);
    expect(availableActions("REJECTED", "reporter")).toEqual([]);
  });
});
