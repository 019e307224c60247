import { describe, expect, it } from "vitest";
import { OFFICE, OTHER_OFFICE, admin, otherOfficeStaff, resident, staff, supervisor } from "@/test/support/actors";
import { isResidentSelf, ownProfileWhere, residentDirectoryWhere } from "./policy";

describe("resident profile policy", () => {
  it("a resident edits only their own profile; staff have none here", () => {
    expect(isResidentSelf(resident)).toBe(true);
    expect(isResidentSelf(staff)).toBe(false);
    expect(ownProfileWhere(resident)).toEqual({ userId: resident.userId });
    expect(ownProfileWhere(admin)).toEqual({ id: "__none__" });
  });

  it("the staff directory shows the residents of the caller's own office; residents see no directory", () => {
    for (const who of [staff, supervisor, admin]) expect(residentDirectoryWhere(who)).toEqual({ officeId: OFFICE });
    expect(residentDirectoryWhere(otherOfficeStaff)).toEqual({ officeId: OTHER_OFFICE });
    expect(residentDirectoryWhere(resident)).toEqual({ id: "__none__" });
  });
});

describe("register and privacy policy", () => {
  it("staff and admins keep their own office's register; supervisors and residents do not", async () => {
    const { registerWriteWhere } = await import("./policy");
    expect(registerWriteWhere(staff)).toEqual({ officeId: OFFICE });
    expect(registerWriteWhere(admin)).toEqual({ officeId: OFFICE });
    expect(registerWriteWhere(otherOfficeStaff)).toEqual({ officeId: OTHER_OFFICE });
    expect(registerWriteWhere(supervisor)).toEqual({ id: "__none__" });
    expect(registerWriteWhere(resident)).toEqual({ id: "__none__" });
  });

  it("a resident sees only their own privacy requests; the office admin handles the office's", async () => {
    const { privacyRequestWhere } = await import("./policy");
    expect(privacyRequestWhere(resident)).toEqual({ userId: resident.userId });
    expect(privacyRequestWhere(admin)).toEqual({ officeId: OFFICE });
    expect(privacyRequestWhere(staff)).toEqual({ id: "__none__" });
  });
});
