import { describe, expect, it } from "vitest";
import { OFFICE, OTHER_OFFICE, admin, otherOfficeAdmin, resident, staff, supervisor } from "@/test/support/actors";
import { canManageCatalogue, managedServiceWhere } from "./policy";

describe("catalogue policy", () => {
  it("only an admin edits services, and only those of their own office", () => {
    expect(canManageCatalogue(admin)).toBe(true);
    for (const who of [staff, supervisor, resident]) {
      expect(canManageCatalogue(who)).toBe(false);
      expect(managedServiceWhere(who)).toEqual({ id: "__none__" });
    }
    expect(managedServiceWhere(admin)).toEqual({ officeId: OFFICE });
    expect(managedServiceWhere(otherOfficeAdmin)).toEqual({ officeId: OTHER_OFFICE });
  });
});
