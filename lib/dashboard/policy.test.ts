import { describe, expect, it } from "vitest";
import { OFFICE, OTHER_OFFICE, admin, resident, staff, supervisor } from "@/test/support/actors";
import { canViewDashboard, pickOffice, seesSubordinateOffices } from "./policy";

describe("dashboard policy", () => {
  it("supervisors and admins read the dashboard; staff and residents do not", () => {
    expect(canViewDashboard(supervisor)).toBe(true);
    expect(canViewDashboard(admin)).toBe(true);
    expect(canViewDashboard(staff)).toBe(false);
    expect(canViewDashboard(resident)).toBe(false);
  });

  it("only the Camat (a supervisor of a kecamatan) also reads the kelurahan under it", () => {
    expect(seesSubordinateOffices(supervisor, { type: "KECAMATAN" })).toBe(true);
    expect(seesSubordinateOffices(supervisor, { type: "KELURAHAN" })).toBe(false);
    expect(seesSubordinateOffices(admin, { type: "KECAMATAN" })).toBe(false);
    expect(seesSubordinateOffices(staff, { type: "KECAMATAN" })).toBe(false);
  });

  it("the requested office only when it is viewable; the own office by default", () => {
    const viewable = [{ id: OFFICE }, { id: "kelurahan-child" }];
    expect(pickOffice(supervisor, viewable)).toEqual({ id: OFFICE });
    expect(pickOffice(supervisor, viewable, "kelurahan-child")).toEqual({ id: "kelurahan-child" });
    expect(pickOffice(supervisor, viewable, OTHER_OFFICE)).toBeNull();
    expect(pickOffice(supervisor, [], null)).toBeNull();
  });
});
