import { describe, expect, it } from "vitest";
import { canAdminQueue, canAttachRequest, canOperateCounter, canSeeTicket, isRequestVerified } from "./policy";

const staff = { userId: "u1", role: "STAFF" as const, officeId: "o1", servicePointIds: ["sp1"], residentId: null };
const resident = { userId: "r1", role: "RESIDENT" as const, officeId: "o1", servicePointIds: [], residentId: "p1" };

describe("antrian policy", () => {
  it("lets staff operate only lokets of their own post and office", () => {
    expect(canOperateCounter(staff, { officeId: "o1", servicePointId: "sp1" })).toBe(true);
    expect(canOperateCounter(staff, { officeId: "o1", servicePointId: "sp2" })).toBe(false);
    expect(canOperateCounter(staff, { officeId: "o2", servicePointId: "sp1" })).toBe(false);
    expect(canOperateCounter({ ...staff, role: "SUPERVISOR" }, { officeId: "o1", servicePointId: "sp2" })).toBe(true);
    expect(canOperateCounter(resident, { officeId: "o1", servicePointId: "sp1" })).toBe(false);
  });

  it("shows a ticket to its resident and to staff of its office only", () => {
    expect(canSeeTicket(resident, { officeId: "o2", residentId: "p1" })).toBe(true);
    expect(canSeeTicket(resident, { officeId: "o1", residentId: "p2" })).toBe(false);
    expect(canSeeTicket(staff, { officeId: "o1", residentId: "p2" })).toBe(true);
    expect(canSeeTicket(staff, { officeId: "o2", residentId: "p2" })).toBe(false);
  });

  it("keeps schedules to the office's admin and requests to their owner", () => {
    expect(canAdminQueue({ role: "ADMIN", officeId: "o1" }, { officeId: "o1" })).toBe(true);
    expect(canAdminQueue({ role: "ADMIN", officeId: "o1" }, { officeId: "o2" })).toBe(false);
    expect(canAdminQueue(staff, { officeId: "o1" })).toBe(false);
    expect(canAttachRequest(resident, { applicantId: "r1", residentId: "x" })).toBe(true);
    expect(canAttachRequest(resident, { applicantId: "r2", residentId: "x" })).toBe(false);
    expect(isRequestVerified("VERIFIED")).toBe(true);
    expect(isRequestVerified("SUBMITTED")).toBe(false);
  });
});
