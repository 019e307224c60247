// Result shapes of the staff side of requests (queue, desk, walk-in). Errors are codes; the UI owns the words (messages/*/staff.json).
import type { PipelineError } from "@/lib/action/result";
import type { UploadError } from "@/lib/storage/types";

export type StaffRequestError =
  | PipelineError
  | "conflict"
  | "invalid_transition"
  | "invalid_assignee"
  | UploadError;

export type Failure = { ok: false; error: StaffRequestError; fieldErrors?: Record<string, string> };
export type MutationResult = { ok: true; version: number } | Failure;

export const fail = (error: StaffRequestError, fieldErrors?: Record<string, string>): Failure =>
  fieldErrors ? { ok: false, error, fieldErrors } : { ok: false, error };
