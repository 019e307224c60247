// The request status machine, shared by the resident side and the staff side.
// Pure: no database. Mutations check `canTransition` and refuse anything else with a clear code.

export type RequestStatus =
  | "DRAFT"
  | "SUBMITTED"
  | "VERIFIED"
  | "NEEDS_CORRECTION"
  | "PROCESSING"
  | "COMPLETED"
  | "REJECTED"
  | "CANCELLED";

export type RequestAction =
  | "submit" // resident (or staff for a walk-in): DRAFT → SUBMITTED
  | "resubmit" // resident after fixing: NEEDS_CORRECTION → SUBMITTED
  | "cancel" // resident, before processing starts
  | "verify" // staff
  | "requestCorrection" // staff; pauses the SLA clock
  | "process" // staff
  | "complete" // staff, with a result PDF or pick-up instructions
  | "reject"; // staff, reason required

type Side = "resident" | "staff";

const transitions: Record<RequestAction, { side: Side; from: RequestStatus[]; to: RequestStatus }> = {
  submit: { side: "resident", from: ["DRAFT"], to: "SUBMITTED" },
  resubmit: { side: "resident", from: ["NEEDS_CORRECTION"], to: "SUBMITTED" },
  cancel: { side: "resident", from: ["SUBMITTED", "VERIFIED", "NEEDS_CORRECTION"], to: "CANCELLED" },
  verify: { side: "staff", from: ["SUBMITTED"], to: "VERIFIED" },
  requestCorrection: { side: "staff", from: ["SUBMITTED", "VERIFIED"], to: "NEEDS_CORRECTION" },
  process: { side: "staff", from: ["VERIFIED"], to: "PROCESSING" },
  complete: { side: "staff", from: ["PROCESSING"], to: "COMPLETED" },
  reject: { side: "staff", from: ["SUBMITTED", "VERIFIED", "NEEDS_CORRECTION", "PROCESSING"], to: "REJECTED" },
};

export function canTransition(action: RequestAction, from: RequestStatus): boolean {
  return transitions[action].from.includes(from);
}

export function targetStatus(action: RequestAction): RequestStatus {
  return transitions[action].to;
}

export function sideOf(action: RequestAction): Side {
  return transitions[action].side;
}

/** Actions a side may take on a request in `status` (drives which buttons a page shows). */
export function availableActions(status: RequestStatus, side: Side): RequestAction[] {
  return (Object.keys(transitions) as RequestAction[]).filter(
    (action) => transitions[action].side === side && canTransition(action, status),
  );
}

/** The one list of open requests (submitted, not yet final): queues, SLA, resident lists and pages. */
export const OPEN_STATUSES: RequestStatus[] = ["SUBMITTED", "VERIFIED", "NEEDS_CORRECTION", "PROCESSING"];

export function isOpenStatus(status: RequestStatus): boolean {
  return OPEN_STATUSES.includes(status);
}

/**
 * Whether the resident sees a due date: every open status, the same on the list and the detail
 * page. While waiting for a correction the date shown is the one before the pause; it moves
 * later by the paused working days on resubmission (lib/requests/sla.ts).
 */
export function showsDueDate(status: RequestStatus, dueAt: Date | null): dueAt is Date {
  return dueAt !== null && isOpenStatus(status);
}
export const FINAL_STATUSES: RequestStatus[] = ["COMPLETED", "REJECTED", "CANCELLED"];

const FORWARD: { action: RequestAction; from: RequestStatus }[] = [
  { action: "verify", from: "SUBMITTED" },
  { action: "process", from: "VERIFIED" },
  { action: "complete", from: "PROCESSING" },
];

/**
 * The desk's shortcuts ("verifikasi & proses", "selesai di tempat"): the staff steps along
 * verify → process → complete that lead from `from` to `goal`, each a real transition of the machine
 * above; null when `goal` cannot be reached forward from `from` (or `from` is already there).
 */
export function forwardPath(from: RequestStatus, goal: "PROCESSING" | "COMPLETED"): RequestAction[] | null {
  const start = FORWARD.findIndex((s) => s.from === from);
  const end = goal === "PROCESSING" ? 2 : 3;
  if (start < 0 || start >= end) return null;
  return FORWARD.slice(start, end).map((s) => s.action);
}

/**
 * "Selesai di tempat" is offered for requests filed at a desk while completion is still ahead; the
 * mutation (completeOnSpot) refuses a web request and an unreachable goal by the same rule.
 */
export function canCompleteOnSpot(r: { status: RequestStatus; channel: string }): boolean {
  return r.channel !== "WEB" && forwardPath(r.status, "COMPLETED") !== null;
}

/** A completed request's result is handed over once (recordHandover checks the same rule). */
export function canHandOver(r: { status: RequestStatus; collectedAt: Date | null }): boolean {
  return r.status === "COMPLETED" && !r.collectedAt;
}
