import { describe, expect, it } from "vitest";
import { OFFICE, OTHER_OFFICE, OTHER_UNIT, UNIT, admin, otherOfficeStaff, otherResident, resident, staff, supervisor } from "@/test/support/actors";
import {
  assigneeWhere,
  canActOnRequest,
  canBeAssignee,
  canSeeRequest,
  canSeeResult,
  isApplicant,
  isOwnRequest,
  mayApplyOnline,
  ownRequestWhere,
  requestScope,
} from "./policy";

const request = (over: Partial<{ officeId: string; unitId: string; enteredById: string | null; applicantId: string | null; residentId: string; status: string }> = {}) => ({
  officeId: OFFICE,
  unitId: UNIT,
  enteredById: null,
  applicantId: resident.userId,
  residentId: resident.residentId!,
  status: "SUBMITTED",
  ...over,
});

describe("staff side of a request", () => {
  it("staff see and act on their own unit's request of their own office", () => {
    expect(canSeeRequest(staff, request())).toBe(true);
    expect(canActOnRequest(staff, request())).toBe(true);
  });

  it("staff do not see another unit's request, unless they entered it at the desk (reprinting the receipt)", () => {
    expect(canSeeRequest(staff, request({ unitId: OTHER_UNIT }))).toBe(false);
    expect(canSeeRequest(staff, request({ unitId: OTHER_UNIT, enteredById: staff.userId }))).toBe(true);
    // Seeing it for the receipt does not let them work it.
    expect(canActOnRequest(staff, request({ unitId: OTHER_UNIT, enteredById: staff.userId }))).toBe(false);
  });

  it("supervisors and admins see and act on every unit of their own office", () => {
    for (const who of [supervisor, admin]) {
      expect(canSeeRequest(who, request({ unitId: OTHER_UNIT }))).toBe(true);
      expect(canActOnRequest(who, request({ unitId: OTHER_UNIT }))).toBe(true);
    }
  });

  it("nobody sees or acts on another office's request, whatever the unit", () => {
    for (const who of [staff, supervisor, admin]) {
      expect(canSeeRequest(who, request({ officeId: OTHER_OFFICE }))).toBe(false);
      expect(canActOnRequest(who, request({ officeId: OTHER_OFFICE }))).toBe(false);
    }
    expect(canSeeRequest(otherOfficeStaff, request({ unitId: otherOfficeStaff.unitIds[0] }))).toBe(false);
  });

  it("a resident never gets the staff view, not even of their own request", () => {
    expect(canSeeRequest(resident, request())).toBe(false);
    expect(canActOnRequest(resident, request())).toBe(false);
  });

  it("the queue of staff covers their units; supervisors' and admins' the whole office", () => {
    expect(requestScope(staff)).toEqual({ officeId: OFFICE, unitIds: [UNIT], userId: staff.userId });
    expect(requestScope(supervisor).unitIds).toBeNull();
    expect(requestScope(admin).unitIds).toBeNull();
  });

  it("a request goes to staff of its unit or to someone with office-wide rights, never to a resident", () => {
    expect(canBeAssignee({ role: "STAFF", unitMember: true })).toBe(true);
    expect(canBeAssignee({ role: "STAFF", unitMember: false })).toBe(false);
    expect(canBeAssignee({ role: "SUPERVISOR", unitMember: false })).toBe(true);
    expect(canBeAssignee({ role: "ADMIN", unitMember: false })).toBe(true);
    expect(canBeAssignee({ role: "RESIDENT", unitMember: true })).toBe(false);
    // The candidate list asks the same: unit members (staff) or office-wide roles, never residents.
    expect(assigneeWhere(staff, [UNIT])).toEqual({
      officeId: OFFICE,
      active: true,
      OR: [{ role: { in: ["STAFF"] }, units: { some: { unitId: { in: [UNIT] } } } }, { role: { in: ["SUPERVISOR", "ADMIN"] } }],
    });
  });
});

describe("resident side of a request", () => {
  it("the applicant sees their request, also while it is a draft", () => {
    expect(isOwnRequest(resident, request())).toBe(true);
    expect(isOwnRequest(resident, request({ status: "DRAFT" }))).toBe(true);
  });

  it("the person a household member or the desk filed for sees it once sent, not the other's draft", () => {
    const filedByBudi = request({ applicantId: "user-budi" });
    expect(isOwnRequest(resident, filedByBudi)).toBe(true);
    expect(isOwnRequest(resident, { ...filedByBudi, status: "DRAFT" })).toBe(false);
    expect(isOwnRequest(resident, request({ applicantId: null }))).toBe(true);
  });

  it("another resident's request is not theirs", () => {
    expect(isOwnRequest(otherResident, request())).toBe(false);
  });

  it("staff own no requests on the resident side, even with a matching user id", () => {
    expect(isOwnRequest({ ...staff, userId: resident.userId }, request())).toBe(false);
    expect(ownRequestWhere(staff)).toEqual({ id: "__none__" });
  });

  it("the where shape says the same as the record rule", () => {
    expect(ownRequestWhere(resident)).toEqual({
      OR: [{ applicantId: resident.userId }, { residentId: resident.residentId, status: { not: "DRAFT" } }],
    });
    expect(ownRequestWhere({ ...resident, residentId: null })).toEqual({ OR: [{ applicantId: resident.userId }] });
  });

  it("the result document is the resident's only once the request is completed", () => {
    expect(canSeeResult(resident, request({ status: "PROCESSING" }))).toBe(false);
    expect(canSeeResult(resident, request({ status: "COMPLETED" }))).toBe(true);
    expect(canSeeResult(otherResident, request({ status: "COMPLETED" }))).toBe(false);
  });

  it("only a resident with a profile applies; the catalogue offers apply to visitors and residents, not staff", () => {
    expect(isApplicant(resident)).toBe(true);
    expect(isApplicant({ ...resident, residentId: null })).toBe(false);
    expect(isApplicant(staff)).toBe(false);
    expect(mayApplyOnline(null)).toBe(true);
    expect(mayApplyOnline(resident)).toBe(true);
    expect(mayApplyOnline(staff)).toBe(false);
    expect(mayApplyOnline(admin)).toBe(false);
  });
});
