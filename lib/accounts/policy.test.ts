import { describe, expect, it } from "vitest";
import { OFFICE, OTHER_OFFICE, admin, otherOfficeAdmin, resident, staff, supervisor } from "@/test/support/actors";
import { canEditStaffProfile, resetTargetWhere } from "./policy";

describe("account policy", () => {
  it("staff, supervisors and admins edit their own staff profile; residents use /profil", () => {
    for (const who of [staff, supervisor, admin]) expect(canEditStaffProfile(who)).toBe(true);
    expect(canEditStaffProfile(resident)).toBe(false);
  });

  it("reset links: an admin, for accounts of their own office only", () => {
    expect(resetTargetWhere(admin)).toEqual({ officeId: OFFICE });
    expect(resetTargetWhere(otherOfficeAdmin)).toEqual({ officeId: OTHER_OFFICE });
    expect(resetTargetWhere(supervisor)).toEqual({ id: "__none__" });
    expect(resetTargetWhere(staff)).toEqual({ id: "__none__" });
  });
});
