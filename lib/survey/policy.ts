// Who may answer, read and word the SKM survey. Pure; the request a survey belongs to follows the
// request rules (lib/requests/policy: a resident's own request, never another's).
import { can } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/types";
import { ownRequestWhere } from "@/lib/requests/policy";

/**
 * Answering through a link (QR on a receipt) needs no login — the token is the credential — but
 * someone signed in as staff, supervisor or admin is refused, so office staff cannot fill in
 * residents' surveys.
 */
export function mayAnswerByLink(caller: Pick<Actor, "role"> | null): boolean {
  return !caller || can(caller.role, "resident.self");
}

/** Answering in the app is for the resident the request belongs to. */
export function mayAnswerInApp(actor: Pick<Actor, "role">): boolean {
  return can(actor.role, "resident.self");
}

/** The requests whose survey the caller may open and answer in the app. */
export function surveyRequestWhere(actor: Actor) {
  return ownRequestWhere(actor);
}

/** The nine questions' wording is set by the office's admin. */
export function canWordSurvey(actor: Pick<Actor, "role">): boolean {
  return can(actor.role, "admin.manage");
}

/** The Rencana Tindak Lanjut of the SKM report: supervisors and admins of the office. */
export function canPlanFollowUp(actor: Pick<Actor, "role">): boolean {
  return can(actor.role, "survey.plan");
}
