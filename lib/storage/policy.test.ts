import { describe, expect, it } from "vitest";
import { OFFICE, OTHER_OFFICE, OTHER_UNIT, UNIT, admin, otherOfficeStaff, otherResident, resident, staff } from "@/test/support/actors";
import { fileAccessReason, type FileLinks } from "./policy";

const req = { id: "req-1", officeId: OFFICE, unitId: UNIT, enteredById: null, applicantId: resident.userId, residentId: resident.residentId!, status: "SUBMITTED" };
const links = (over: Partial<FileLinks>): FileLinks => ({ ownerId: "someone-else", attachedTo: [], resultOf: [], complaints: [], ...over });

describe("file access policy", () => {
  it("the uploader always opens their own file", () => {
    expect(fileAccessReason(otherResident, links({ ownerId: otherResident.userId }))).toEqual({ kind: "owner" });
  });

  it("the resident of the request opens its uploads; another resident gets nothing", () => {
    expect(fileAccessReason(resident, links({ attachedTo: [req] }))).toEqual({ kind: "resident_request", requestId: "req-1" });
    expect(fileAccessReason(otherResident, links({ attachedTo: [req] }))).toBeNull();
  });

  it("a result document is the resident's only once completed", () => {
    expect(fileAccessReason(resident, links({ resultOf: [req] }))).toBeNull();
    expect(fileAccessReason(resident, links({ resultOf: [{ ...req, status: "COMPLETED" }] }))).toEqual({ kind: "resident_request", requestId: "req-1" });
  });

  it("staff of the request's unit open it (audited as staff); another unit and another office do not", () => {
    expect(fileAccessReason(staff, links({ attachedTo: [req] }))).toEqual({ kind: "staff_request", requestId: "req-1" });
    expect(fileAccessReason(staff, links({ attachedTo: [{ ...req, unitId: OTHER_UNIT }] }))).toBeNull();
    expect(fileAccessReason(admin, links({ attachedTo: [{ ...req, unitId: OTHER_UNIT }] }))).toEqual({ kind: "staff_request", requestId: "req-1" });
    expect(fileAccessReason(otherOfficeStaff, links({ attachedTo: [req] }))).toBeNull();
  });

  it("complaint photos: the reporter, and staff of the complaint's office", () => {
    const complaints = [{ id: "c-1", officeId: OFFICE, reporterId: resident.userId }];
    expect(fileAccessReason(resident, links({ complaints }))).toEqual({ kind: "resident_complaint", complaintId: "c-1" });
    expect(fileAccessReason(otherResident, links({ complaints }))).toBeNull();
    expect(fileAccessReason(staff, links({ complaints }))).toEqual({ kind: "staff_complaint", complaintId: "c-1" });
    expect(fileAccessReason(staff, links({ complaints: [{ ...complaints[0], officeId: OTHER_OFFICE }] }))).toBeNull();
  });

  it("signed out, or attached to nothing of the caller: not found", () => {
    expect(fileAccessReason(null, links({ attachedTo: [req] }))).toBeNull();
    expect(fileAccessReason(staff, links({}))).toBeNull();
  });
});
