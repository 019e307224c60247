// "Orang lain": a request about a person outside the applicant's KK (a death certificate for a
// parent on another card). Pure and free of zod, so the phone's start form runs the same checks
// that startRequestSchema applies on the server.
import { normalizeDigits, parseNik, type NikError } from "@/lib/residents/nik";

/** relation of a request whose subject is outside the KK; residentId is then the applicant's own profile. */
export const OUTSIDE_KK = "OUTSIDE_KK";

export type SubjectValues = { subjectName: string; subjectNik: string; subjectRelation: string };
export type Subject = { name: string; nik: string; relation: string };
export type SubjectCode = "required" | "too_long" | "subject_relation_required" | NikError;

/** Suggestions for the relation box; anything else may be typed ("lainnya"). */
export const SUBJECT_RELATION_SUGGESTIONS = ["Ayah", "Ibu", "Suami", "Istri", "Anak", "Kakak", "Adik", "Kakek", "Nenek", "Cucu", "Paman", "Bibi", "Kerabat", "Tetangga"] as const;

const clean = (v: string | undefined) => (v ?? "").replace(/\s+/g, " ").trim();

/** The first problem of each of the three fields; an empty object when they are fine. */
export function subjectCodes(v: Partial<SubjectValues>): Partial<Record<keyof SubjectValues, SubjectCode>> {
  const name = clean(v.subjectName);
  const relation = clean(v.subjectRelation);
  const nik = parseNik(normalizeDigits(v.subjectNik ?? ""));
  const codes: Partial<Record<keyof SubjectValues, SubjectCode>> = {};
  if (!name) codes.subjectName = "required";
  else if (name.length > 100) codes.subjectName = "too_long";
  if (!nik.ok) codes.subjectNik = nik.error;
  if (!relation) codes.subjectRelation = "subject_relation_required";
  else if (relation.length > 60) codes.subjectRelation = "too_long";
  return codes;
}

/** The values as stored: spaces tidied, NIK digits only. Call after subjectCodes found nothing. */
export function toSubject(v: SubjectValues): Subject {
  return { name: clean(v.subjectName), nik: normalizeDigits(v.subjectNik), relation: clean(v.subjectRelation) };
}

/**
 * The other person's fields staff may point at in a correction (stored as the correction's
 * requirementCode; requirement codes are lower snake case, so these never collide).
 */
export const SUBJECT_FIELDS = ["subjectName", "subjectNik", "subjectRelation"] as const;
export type SubjectField = (typeof SUBJECT_FIELDS)[number];

export function isSubjectField(code: string | null | undefined): code is SubjectField {
  return (SUBJECT_FIELDS as readonly string[]).includes(code ?? "");
}
