import { describe, expect, it } from "vitest";
import { can, homePath } from "./policy";

describe("role policy", () => {
  it("keeps residents out of staff and admin work", () => {
    expect(can("RESIDENT", "request.queue")).toBe(false);
    expect(can("RESIDENT", "admin.manage")).toBe(false);
    expect(can("RESIDENT", "resident.viewPersonalData")).toBe(false);
    expect(can("RESIDENT", "request.apply")).toBe(true);
  });

  it("lets only admins reveal an anonymous reporter", () => {
    expect(can("ADMIN", "complaint.revealReporter")).toBe(true);
    expect(can("SUPERVISOR", "complaint.revealReporter")).toBe(false);
    expect(can("STAFF", "complaint.revealReporter")).toBe(false);
  });

  it("limits staff to their units while supervisors and admins see the whole office", () => {
    expect(can("STAFF", "request.allUnits")).toBe(false);
    expect(can("SUPERVISOR", "request.allUnits")).toBe(true);
    expect(can("ADMIN", "request.allUnits")).toBe(true);
  });

  it("sends each role to its own home", () => {
    expect(homePath("RESIDENT")).toBe("/warga");
    expect(homePath("STAFF")).toBe("/petugas");
    expect(homePath("SUPERVISOR")).toBe("/pimpinan");
    expect(homePath("ADMIN")).toBe("/admin");
  });
});
