// Failure codes of the letters domain; the UI owns the words (messages/*/letters.json).
export type LetterError =
  | "no_template"
  | "already_pending"
  | "unknown_variables"
  | "invalid_transition"
  | "conflict"
  | "not_found"
  | "forbidden"
  | "invalid_input";

export type LetterFailure = { ok: false; error: LetterError; fieldErrors?: Record<string, string> };
export const letterFail = (error: LetterError, fieldErrors?: Record<string, string>): LetterFailure =>
  fieldErrors ? { ok: false, error, fieldErrors } : { ok: false, error };

/** Thrown inside a transaction to roll it back and answer with a failure code. */
export class LetterAbort extends Error {
  constructor(readonly failure: LetterFailure) {
    super(failure.error);
  }
}
