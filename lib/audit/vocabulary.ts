// One vocabulary for audit targets, and which actions are "views" (issue 17). Pure.

const ALIASES: Record<string, string> = {
  ServiceRequest: "request",
  ResidentProfile: "resident",
  Complaint: "complaint",
  Conversation: "conversation",
  Office: "office",
};

/** Every audit row names its target in lower snake case: "request", "resident", "service_point", … */
export function canonicalTargetType(type: string): string {
  return ALIASES[type] ?? type.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toLowerCase();
}

/** Opening a page or a file: repeated views of one record by one person within a short window are one view. */
export function isViewAction(action: string): boolean {
  return /(^|[._])viewed$/.test(action);
}

/** How long repeated views of the same record by the same person count as one (refreshes after an action). */
export const VIEW_DEDUP_SECONDS = 10 * 60;
