import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { can, homePath, permissions } from "./policy";

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === "generated" ? [] : sources(full);
    return /\.tsx?$/.test(e.name) && !/\.test\.ts$/.test(e.name) ? [full] : [];
  });
}

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

  it("uses every permission of the map somewhere in the app (an unused one is removed)", () => {
    const root = path.resolve(import.meta.dirname, "../..");
    const text = ["lib", "app", "components"]
      .flatMap((d) => sources(path.join(root, d)))
      .filter((f) => !f.endsWith(path.join("lib", "auth", "policy.ts")))
      .map((f) => fs.readFileSync(f, "utf8"))
      .join("\n");
    const unused = Object.keys(permissions).filter((p) => !text.includes(`"${p}"`));
    expect(unused).toEqual([]);
  });
});
