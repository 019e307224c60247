// Who may do what, as data: the one map of feature permissions. Record-level checks (office, unit,
// owner) live in each domain's policy module (lib/<domain>/policy.ts), which build on `can`.
export type Role = "RESIDENT" | "STAFF" | "SUPERVISOR" | "ADMIN";

export const permissions = {
  "resident.self": ["RESIDENT"],
  "request.apply": ["RESIDENT"],
  "request.queue": ["STAFF", "SUPERVISOR", "ADMIN"],
  "request.allUnits": ["SUPERVISOR", "ADMIN"],
  "request.assisted": ["STAFF", "SUPERVISOR", "ADMIN"],
  "resident.viewPersonalData": ["STAFF", "SUPERVISOR", "ADMIN"],
  /** Create and edit register entries, import register files, verify accounts against the register. */
  "resident.register": ["STAFF", "ADMIN"],
  /** Residents' data-subject requests (UU 27/2022): correction, consent withdrawal, deletion. */
  "privacy.request": ["RESIDENT"],
  "privacy.handle": ["ADMIN"],
  /** Told when the office lets a privacy request pass its 72 hours. */
  "privacy.escalated": ["SUPERVISOR"],
  "complaint.file": ["RESIDENT"],
  "complaint.handle": ["STAFF", "SUPERVISOR", "ADMIN"],
  "complaint.allUnits": ["SUPERVISOR", "ADMIN"],
  "complaint.revealReporter": ["ADMIN"],
  "feedback.answer": ["STAFF", "SUPERVISOR", "ADMIN"],
  "dashboard.view": ["SUPERVISOR", "ADMIN"],
  /** The Camat: a supervisor of a kecamatan also reads the kelurahan/desa under it. */
  "dashboard.subordinateOffices": ["SUPERVISOR"],
  "survey.results": ["SUPERVISOR", "ADMIN"],
  "survey.plan": ["SUPERVISOR", "ADMIN"],
  "admin.manage": ["ADMIN"],
  "audit.view": ["ADMIN"],
  /** Staff accounts edit their own name and contacts on /akun (residents use /profil). */
  "account.staffProfile": ["STAFF", "SUPERVISOR", "ADMIN"],
  "content.manage": ["ADMIN"],
  "letter.issue": ["STAFF", "SUPERVISOR", "ADMIN"],
  "letter.approve": ["SUPERVISOR"],
  "letter.revoke": ["SUPERVISOR", "ADMIN"],
  "letter.templates": ["ADMIN"],
  "queue.book": ["RESIDENT"],
  "queue.operate": ["STAFF", "SUPERVISOR", "ADMIN"],
  "queue.admin": ["ADMIN"],
  /** Due-soon and overdue reminders go to the unit's staff; the overdue escalation to its supervisors. */
  "work.reminders": ["STAFF"],
  "work.escalations": ["SUPERVISOR"],
  "conversation.resident": ["RESIDENT"],
  "conversation.handle": ["STAFF", "SUPERVISOR", "ADMIN"],
  "conversation.cannedOffice": ["ADMIN"],
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
