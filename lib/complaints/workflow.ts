// The complaint status machine (pengaduan), shared by the reporter side, the back office and the
// units that follow up. Pure: no database. Mutations refuse anything `canTransition` does not allow.

export type ComplaintStatus = "SUBMITTED" | "VERIFIED" | "DISPOSED" | "FOLLOWED_UP" | "COMPLETED" | "CLOSED" | "REJECTED";

export type ComplaintAction =
  | "verify" // triage staff: accepted, track (time limit class) chosen
  | "reject" // triage staff: not relevant, too general, duplicate, not our authority
  | "dispose" // triage staff: to a unit with an instruction and a due date (again = re-disposition)
  | "followUp" // staff of the disposed unit: tanggal tindak lanjut, note, result photos
  | "complete" // staff: selesai
  | "confirm" // reporter: agrees it is done
  | "reopen"; // reporter, within the reopen window, with a reason

export type ComplaintSide = "staff" | "unit" | "reporter";

const transitions: Record<ComplaintAction, { side: ComplaintSide; from: ComplaintStatus[] }> = {
  verify: { side: "staff", from: ["SUBMITTED"] },
  reject: { side: "staff", from: ["SUBMITTED", "VERIFIED"] },
  dispose: { side: "staff", from: ["VERIFIED", "DISPOSED", "FOLLOWED_UP"] },
  followUp: { side: "unit", from: ["DISPOSED", "FOLLOWED_UP"] },
  complete: { side: "staff", from: ["FOLLOWED_UP"] },
  confirm: { side: "reporter", from: ["COMPLETED"] },
  reopen: { side: "reporter", from: ["COMPLETED"] },
};

export function canTransition(action: ComplaintAction, from: ComplaintStatus): boolean {
  return transitions[action].from.includes(from);
}

export function allowedFrom(action: ComplaintAction): ComplaintStatus[] {
  return [...transitions[action].from];
}

/**
 * Where an action leads. A reopened complaint goes back to its unit (DISPOSED) so it shows up
 * again as work to do there; without a unit it can only return to FOLLOWED_UP.
 */
export function targetStatus(action: ComplaintAction, ctx: { hasUnit?: boolean } = {}): ComplaintStatus {
  switch (action) {
    case "verify":
      return "VERIFIED";
    case "reject":
      return "REJECTED";
    case "dispose":
      return "DISPOSED";
    case "followUp":
      return "FOLLOWED_UP";
    case "complete":
      return "COMPLETED";
    case "confirm":
      return "CLOSED";
    case "reopen":
      return ctx.hasUnit === false ? "FOLLOWED_UP" : "DISPOSED";
  }
}

export function availableActions(status: ComplaintStatus, side: ComplaintSide): ComplaintAction[] {
  return (Object.keys(transitions) as ComplaintAction[]).filter(
    (action) => transitions[action].side === side && canTransition(action, status),
  );
}

/** Statuses in which the office still owes work (the SLA clock runs). */
export const OPEN_STATUSES: ComplaintStatus[] = ["SUBMITTED", "VERIFIED", "DISPOSED", "FOLLOWED_UP"];
/** Finished from the office's side: selesai, confirmed by the reporter, or rejected. */
export const FINISHED_STATUSES: ComplaintStatus[] = ["COMPLETED", "CLOSED"];
export const ALL_STATUSES: ComplaintStatus[] = ["SUBMITTED", "VERIFIED", "DISPOSED", "FOLLOWED_UP", "COMPLETED", "CLOSED", "REJECTED"];
