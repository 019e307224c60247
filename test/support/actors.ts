// Plain actors for policy unit tests: two offices, two units, one of each role.
import type { Role } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/types";

export const OFFICE = "office-pakansari";
export const OTHER_OFFICE = "office-tengah";
export const UNIT = "unit-pem";
export const OTHER_UNIT = "unit-ekbang";

export function actor(role: Role, over: Partial<Actor> = {}): Actor {
  return {
    userId: `${role.toLowerCase()}-1`,
    name: role,
    role,
    officeId: OFFICE,
    unitIds: role === "STAFF" ? [UNIT] : [],
    servicePointIds: [],
    residentId: role === "RESIDENT" ? "profile-siti" : null,
    ip: null,
    userAgent: null,
    ...over,
  };
}

export const resident = actor("RESIDENT", { userId: "user-siti", residentId: "profile-siti" });
export const otherResident = actor("RESIDENT", { userId: "user-ahmad", residentId: "profile-ahmad" });
export const staff = actor("STAFF", { userId: "user-petugas" });
export const otherOfficeStaff = actor("STAFF", { userId: "user-tengah", officeId: OTHER_OFFICE });
export const supervisor = actor("SUPERVISOR", { userId: "user-lurah" });
export const admin = actor("ADMIN", { userId: "user-admin" });
export const otherOfficeAdmin = actor("ADMIN", { userId: "user-admin-tengah", officeId: OTHER_OFFICE });
