// The one rule for "has the resident fixed what staff asked?": used by the server when the
// resident resubmits (lib/requests/mutations/resident.ts) and by the correction form to show each
// flagged document as replaced or still pending (getOwnRequest). Pure.
import { SUBJECT_FIELDS, type SubjectField } from "./subject";

export type CorrectionRequirement = { id: string; code: string; kind: string };
export type CorrectionAttachment = { requirementId: string; current: boolean; createdAt: Date };
export type CorrectionNote = { requirementCode?: string | null };

/**
 * Since when a new file counts as a replacement: the last move into NEEDS_CORRECTION, or — for a
 * request whose event is missing — the moment its clock paused. null = no correction round.
 */
export function correctionsAskedAt(lastAskedEventAt: Date | null | undefined, pausedAt: Date | null): Date | null {
  return lastAskedEventAt ?? pausedAt ?? null;
}

/** The documents staff flagged in their correction notes. */
export function flaggedDocuments<R extends CorrectionRequirement>(corrections: CorrectionNote[], requirements: R[]): R[] {
  const codes = new Set(corrections.map((c) => c.requirementCode).filter((c): c is string => Boolean(c)));
  return requirements.filter((r) => r.kind === "DOCUMENT" && codes.has(r.code));
}

/** Codes of the flagged documents that have a current file uploaded after staff asked. */
export function replacedDocuments(input: {
  corrections: CorrectionNote[];
  requirements: CorrectionRequirement[];
  attachments: CorrectionAttachment[];
  since: Date | null;
}): string[] {
  const { since } = input;
  if (!since) return [];
  return flaggedDocuments(input.corrections, input.requirements)
    .filter((r) => input.attachments.some((a) => a.current && a.requirementId === r.id && a.createdAt > since))
    .map((r) => r.code);
}

/** Flagged documents still waiting for a new file, as field errors: code → "replace_file". */
export function pendingCorrections(input: Parameters<typeof replacedDocuments>[0]): Record<string, "replace_file"> {
  if (!input.since) return {};
  const done = new Set(replacedDocuments(input));
  return Object.fromEntries(
    flaggedDocuments(input.corrections, input.requirements)
      .filter((r) => !done.has(r.code))
      .map((r) => [r.code, "replace_file" as const]),
  );
}

/** The other person's fields (name, NIK, relation) staff pointed at, in a stable order. */
export function flaggedSubjectFields(corrections: CorrectionNote[]): SubjectField[] {
  const codes = new Set(corrections.map((c) => c.requirementCode));
  return SUBJECT_FIELDS.filter((f) => codes.has(f));
}

/**
 * Flagged subject fields the resident has not changed since staff asked, as field errors:
 * field → "fix_subject". `changedSince` = the fields of every subject change after `since`.
 */
export function pendingSubjectCorrections(corrections: CorrectionNote[], changedSince: string[], since: Date | null): Partial<Record<SubjectField, "fix_subject">> {
  if (!since) return {};
  const done = new Set(changedSince);
  return Object.fromEntries(flaggedSubjectFields(corrections).filter((f) => !done.has(f)).map((f) => [f, "fix_subject" as const]));
}

/** The fields a request.subject_changed event's data says it changed. */
export function changedFieldsOf(data: unknown): string[] {
  const fields = data && typeof data === "object" && !Array.isArray(data) ? (data as { fields?: unknown }).fields : null;
  return Array.isArray(fields) ? fields.filter((f): f is string => typeof f === "string") : [];
}
