import { describe, expect, it } from "vitest";
import { OFFICE, admin, otherOfficeAdmin, resident, staff, supervisor } from "@/test/support/actors";
import { auditLogWhere, canAdminister, isStaffAccount, keepsOwnAdminRights } from "./policy";

describe("admin policy", () => {
  it("only admins administer the office", () => {
    expect(canAdminister(admin)).toBe(true);
    for (const who of [supervisor, staff, resident]) expect(canAdminister(who)).toBe(false);
  });

  it("staff accounts are edited here, residents' accounts are not", () => {
    expect(isStaffAccount({ role: "STAFF" })).toBe(true);
    expect(isStaffAccount({ role: "SUPERVISOR" })).toBe(true);
    expect(isStaffAccount({ role: "ADMIN" })).toBe(true);
    expect(isStaffAccount({ role: "RESIDENT" })).toBe(false);
  });

  it("an admin cannot demote themselves but may change another account's role", () => {
    expect(keepsOwnAdminRights(admin, { id: admin.userId }, "STAFF")).toBe(false);
    expect(keepsOwnAdminRights(admin, { id: admin.userId }, "ADMIN")).toBe(true);
    expect(keepsOwnAdminRights(admin, { id: staff.userId }, "SUPERVISOR")).toBe(true);
  });

  it("the audit log is the admin's own office; a supervisor reads none", () => {
    expect(auditLogWhere(admin)).toEqual({ officeId: OFFICE });
    expect(auditLogWhere(otherOfficeAdmin)).not.toEqual(auditLogWhere(admin));
    expect(auditLogWhere(supervisor)).toEqual({ id: BigInt(-1) });
  });
});
