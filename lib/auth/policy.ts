// Who may do what, as data. Record-level checks (office, unit, owner) live in the domain modules.
export type Role = "RESIDENT" | "STAFF" | "SUPERVISOR" | "ADMIN";

export const permissions = {
  "resident.self": ["RESIDENT"],
  "account.staffProfile": ["STAFF", "SUPERVISOR", "ADMIN"],
  "request.apply": ["RESIDENT"],
  "request.queue": ["STAFF", "SUPERVISOR", "ADMIN"],
  "request.allUnits": ["SUPERVISOR", "ADMIN"],
  "request.assisted": ["STAFF", "SUPERVISOR", "ADMIN"],
  "resident.viewPersonalData": ["STAFF", "SUPERVISOR", "ADMIN"],
  "complaint.file": ["RESIDENT"],
  "complaint.handle": ["STAFF", "SUPERVISOR", "ADMIN"],
  "complaint.revealReporter": ["ADMIN"],
  "feedback.answer": ["STAFF", "SUPERVISOR", "ADMIN"],
  "dashboard.view": ["SUPERVISOR", "ADMIN"],
  "survey.results": ["SUPERVISOR", "ADMIN"],
  "survey.plan": ["SUPERVISOR", "ADMIN"],
  "admin.manage": ["ADMIN"],
  "audit.view": ["ADMIN", "SUPERVISOR"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof permissions;

export function can(role: Role, permission: Permission): boolean {
  return (permissions[permission] as readonly Role[]).includes(role);
}

/** Where each role lands after signing in. */
export function homePath(role: Role): string {
  switch (role) {
    case "RESIDENT":
      return "/warga";
    case "STAFF":
      return "/petugas";
    case "SUPERVISOR":
      return "/pimpinan";
    case "ADMIN":
      return "/admin";
  }
}
