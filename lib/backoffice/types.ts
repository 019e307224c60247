// Result shapes of back-office operations. Errors are codes; the UI owns the words (messages/*/staff.json).
import type { PipelineError } from "@/lib/action/result";
import type { UploadError } from "@/lib/storage/types";

export type BackofficeError =
  | PipelineError
  | "conflict"
  | "invalid_transition"
  | "invalid_assignee"
  | UploadError;

export type Failure = { ok: false; error: BackofficeError; fieldErrors?: Record<string, string> };
export type MutationResult = { ok: true; version: number } | Failure;

export const fail = (error: BackofficeError, fieldErrors?: Record<string, string>): Failure =>
  fieldErrors ? { ok: false, error, fieldErrors } : { ok: false, error };

export type Correction = { requirementCode?: string; message: string };
