// Who may act on which letter. Pure: callers pass the actor and the letter's office as read.
import { can } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/types";

type LetterScope = { officeId: string; status: string };

/** Staff see letters of their own office only; anyone else is told the letter does not exist. */
export function canSeeLetter(actor: Actor, letter: { officeId: string }): boolean {
  return letter.officeId === actor.officeId && can(actor.role, "letter.issue");
}

/** The signing official (a supervisor of the office) decides on letters waiting for approval. */
export function canDecide(actor: Actor, letter: LetterScope): boolean {
  return letter.officeId === actor.officeId && can(actor.role, "letter.approve") && letter.status === "PENDING_APPROVAL";
}

/** Revoking or replacing needs office authority and a letter that is in force. */
export function canRevoke(actor: Actor, letter: LetterScope): boolean {
  return letter.officeId === actor.officeId && can(actor.role, "letter.revoke") && letter.status === "FINAL";
}

/** Templates and the letterhead belong to the office's admin. */
export function canEditTemplates(actor: Actor, officeId: string): boolean {
  return officeId === actor.officeId && can(actor.role, "letter.templates");
}
