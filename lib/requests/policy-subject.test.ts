import { describe, expect, it } from "vitest";
import { otherResident, resident, staff } from "@/test/support/actors";
import { subjectEditScope } from "./policy";

const request = (over: Partial<{ applicantId: string | null; residentId: string; status: string; relation: string }> = {}) => ({
  applicantId: resident.userId,
  residentId: resident.residentId!,
  status: "DRAFT",
  relation: "OUTSIDE_KK",
  ...over,
});

describe("who may change who a request is for", () => {
  it("the applicant, on their draft, changes everything", () => {
    expect(subjectEditScope(resident, request(), [])).toEqual({ mode: "draft" });
    expect(subjectEditScope(resident, request({ relation: "SPOUSE" }), [])).toEqual({ mode: "draft" });
  });

  it("in a correction, only the other person's fields staff pointed at, of a request about someone outside the KK", () => {
    expect(subjectEditScope(resident, request({ status: "NEEDS_CORRECTION" }), ["subjectNik"])).toEqual({ mode: "correction", fields: ["subjectNik"] });
    expect(subjectEditScope(resident, request({ status: "NEEDS_CORRECTION" }), [])).toBeNull();
    expect(subjectEditScope(resident, request({ status: "NEEDS_CORRECTION", relation: "SPOUSE" }), ["subjectNik"])).toBeNull();
  });

  it("nothing once the request is on its way, and nothing for anyone else", () => {
    for (const status of ["SUBMITTED", "VERIFIED", "PROCESSING", "COMPLETED", "REJECTED", "CANCELLED"]) expect(subjectEditScope(resident, request({ status }), ["subjectNik"])).toBeNull();
    expect(subjectEditScope(otherResident, request(), [])).toBeNull();
    expect(subjectEditScope(otherResident, request({ status: "NEEDS_CORRECTION" }), ["subjectNik"])).toBeNull();
    expect(subjectEditScope(staff, request(), [])).toBeNull();
    // The person a household member filed for sees the request once sent, and may answer a correction on it, but never edits someone else's draft.
    const filedBySpouse = request({ applicantId: otherResident.userId });
    expect(subjectEditScope(resident, filedBySpouse, [])).toBeNull();
    expect(subjectEditScope(resident, { ...filedBySpouse, status: "NEEDS_CORRECTION" }, ["subjectName"])).toEqual({ mode: "correction", fields: ["subjectName"] });
  });
});
