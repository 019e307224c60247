import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/types";
import { canHandleConversation, canManageOfficeCanned, canSeeConversation, canWriteAsResident, residentLabelForStaff } from "./policy";

const actor = (over: Partial<Actor>): Actor => ({
  userId: "u1", name: "X", role: "STAFF", officeId: "o1", unitIds: ["unitA"], servicePointIds: [], residentId: null, ip: null, userAgent: null, ...over,
});
const request = { officeId: "o1", kind: "REQUEST" as const, residentUserId: "r1", unitId: "unitA", assigneeId: null };

describe("conversation policy", () => {
  it("residents see only their own threads", () => {
    expect(canSeeConversation(actor({ role: "RESIDENT", userId: "r1" }), request)).toBe(true);
    expect(canSeeConversation(actor({ role: "RESIDENT", userId: "r2" }), request)).toBe(false);
    expect(canSeeConversation(actor({ role: "RESIDENT", userId: "r1" }), { ...request, residentUserId: null })).toBe(false);
    expect(canWriteAsResident(actor({ role: "STAFF", userId: "r1" }), request)).toBe(false);
  });

  it("staff: own office; request threads follow the unit, supervisors and admins see all units", () => {
    expect(canHandleConversation(actor({}), request)).toBe(true);
    expect(canSeeConversation(actor({ officeId: "o2" }), request)).toBe(false);
    expect(canSeeConversation(actor({ unitIds: ["unitB"] }), request)).toBe(false);
    expect(canSeeConversation(actor({ unitIds: ["unitB"] }), { ...request, assigneeId: "u1" })).toBe(true);
    expect(canSeeConversation(actor({ unitIds: ["unitB"] }), { ...request, kind: "HELP", unitId: null })).toBe(true);
    expect(canSeeConversation(actor({ role: "SUPERVISOR", unitIds: [] }), request)).toBe(true);
    expect(canSeeConversation(actor({ role: "ADMIN", unitIds: [], officeId: "o2" }), request)).toBe(false);
  });

  it("only admins manage office-wide canned answers; Anonim is always Pelapor", () => {
    expect(canManageOfficeCanned(actor({ role: "ADMIN" }))).toBe(true);
    expect(canManageOfficeCanned(actor({}))).toBe(false);
    expect(residentLabelForStaff({ anonymous: true, residentName: "Siti", visitorName: null })).toEqual({ kind: "anonymous" });
    expect(residentLabelForStaff({ anonymous: false, residentName: null, visitorName: "Joko" })).toEqual({ kind: "named", name: "Joko" });
  });
});
