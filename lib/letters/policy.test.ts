import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/types";
import { canDecide, canEditTemplates, canRevoke, canSeeLetter } from "./policy";

const actor = (role: Actor["role"], officeId = "o1"): Actor => ({
  userId: "u", name: "n", role, officeId, unitIds: [], servicePointIds: [], residentId: null, ip: null, userAgent: null,
});

describe("letter policy", () => {
  it("keeps letters inside their office", () => {
    expect(canSeeLetter(actor("STAFF"), { officeId: "o1" })).toBe(true);
    expect(canSeeLetter(actor("STAFF", "o2"), { officeId: "o1" })).toBe(false);
    expect(canSeeLetter(actor("RESIDENT"), { officeId: "o1" })).toBe(false);
  });

  it("lets only a supervisor of the office decide on a pending letter", () => {
    const pending = { officeId: "o1", status: "PENDING_APPROVAL" };
    expect(canDecide(actor("SUPERVISOR"), pending)).toBe(true);
    expect(canDecide(actor("STAFF"), pending)).toBe(false);
    expect(canDecide(actor("SUPERVISOR", "o2"), pending)).toBe(false);
    expect(canDecide(actor("SUPERVISOR"), { ...pending, status: "FINAL" })).toBe(false);
  });

  it("revokes only final letters, by supervisors and admins", () => {
    const final = { officeId: "o1", status: "FINAL" };
    expect(canRevoke(actor("ADMIN"), final)).toBe(true);
    expect(canRevoke(actor("STAFF"), final)).toBe(false);
    expect(canRevoke(actor("SUPERVISOR"), { ...final, status: "REVOKED" })).toBe(false);
    expect(canEditTemplates(actor("ADMIN"), "o1")).toBe(true);
    expect(canEditTemplates(actor("ADMIN"), "o2")).toBe(false);
  });
});
