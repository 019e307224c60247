import { describe, expect, it } from "vitest";
import { OFFICE, OTHER_OFFICE, OTHER_UNIT, UNIT, admin, otherOfficeStaff, otherResident, resident, staff, supervisor } from "@/test/support/actors";
import {
  canFileComplaint,
  canFollowUpComplaint,
  canRevealReporter,
  canSeeComplaintAsStaff,
  eventAuthor,
  isOwnComplaint,
  ownComplaintWhere,
  staffComplaintWhere,
} from "./policy";

const complaint = { officeId: OFFICE, reporterId: resident.userId, unitId: UNIT };

describe("complaint policy", () => {
  it("the reporter sees their complaint; another resident and staff do not see it as theirs", () => {
    expect(isOwnComplaint(resident, complaint)).toBe(true);
    expect(isOwnComplaint(otherResident, complaint)).toBe(false);
    expect(isOwnComplaint({ ...staff, userId: resident.userId }, complaint)).toBe(false);
    expect(isOwnComplaint(resident, { ...complaint, reporterId: null })).toBe(false);
    expect(ownComplaintWhere(resident)).toEqual({ reporterId: resident.userId });
    expect(ownComplaintWhere(staff)).toEqual({ id: "__none__" });
  });

  it("staff of the office see every complaint of their office, whatever its unit; another office's is not found", () => {
    const otherUnits = { ...complaint, unitId: OTHER_UNIT };
    expect(canSeeComplaintAsStaff(staff, otherUnits)).toBe(true);
    expect(canSeeComplaintAsStaff(supervisor, complaint)).toBe(true);
    expect(canSeeComplaintAsStaff(otherOfficeStaff, complaint)).toBe(false);
    expect(canSeeComplaintAsStaff(admin, { ...complaint, officeId: OTHER_OFFICE })).toBe(false);
    expect(canSeeComplaintAsStaff(resident, complaint)).toBe(false);
    expect(staffComplaintWhere(staff)).toEqual({ officeId: OFFICE });
    expect(staffComplaintWhere(resident)).toEqual({ id: "__none__" });
  });

  it("follow-ups: staff of the disposed unit, or supervisors and admins; not another unit, not before disposal", () => {
    expect(canFollowUpComplaint(staff, UNIT)).toBe(true);
    expect(canFollowUpComplaint(staff, OTHER_UNIT)).toBe(false);
    expect(canFollowUpComplaint(supervisor, OTHER_UNIT)).toBe(true);
    expect(canFollowUpComplaint(admin, OTHER_UNIT)).toBe(true);
    expect(canFollowUpComplaint(admin, null)).toBe(false);
    expect(canFollowUpComplaint({ ...resident, unitIds: [UNIT] }, UNIT)).toBe(false);
  });

  it("only an admin may reveal, and only an Anonim reporter", () => {
    expect(canRevealReporter(admin, { privacy: "ANONIM" })).toBe(true);
    expect(canRevealReporter(admin, { privacy: "PUBLIK" })).toBe(false);
    expect(canRevealReporter(supervisor, { privacy: "ANONIM" })).toBe(false);
    expect(canRevealReporter(staff, { privacy: "ANONIM" })).toBe(false);
  });

  it("residents file complaints; staff and visitors do not through the resident form", () => {
    expect(canFileComplaint(resident)).toBe(true);
    expect(canFileComplaint(staff)).toBe(false);
    expect(canFileComplaint(null)).toBe(false);
  });

  it("a timeline names staff, never the reporter", () => {
    expect(eventAuthor({ role: "STAFF", name: "Petugas" })).toEqual({ actorName: "Petugas", byReporter: false });
    expect(eventAuthor({ role: "RESIDENT", name: "Siti" })).toEqual({ actorName: null, byReporter: true });
    expect(eventAuthor(null)).toEqual({ actorName: null, byReporter: false });
  });
});
