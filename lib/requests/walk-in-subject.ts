// The desk's "for another person" (issue 17), kept apart from the walk-in's resident look-up: the
// resident at the counter applies, and the request is about the person named here.
import { z } from "zod";
import { normaliseTargets } from "@/lib/catalogue/targets";
import { OUTSIDE_KK, subjectCodes, toSubject, type SubjectValues } from "./subject";

export const walkInSubjectSchema = z
  .object({ subjectName: z.string().max(200), subjectNik: z.string().max(200), subjectRelation: z.string().max(200) })
  .superRefine((v, ctx) => {
    for (const [path, message] of Object.entries(subjectCodes(v))) ctx.addIssue({ code: "custom", path: [path], message });
  })
  // Same keys out as in: the desk form sends the resolver's output back to the server, which parses it again.
  .transform((v): SubjectValues => {
    const s = toSubject(v);
    return { subjectName: s.name, subjectNik: s.nik, subjectRelation: s.relation };
  });

/**
 * Whether the desk may file this service for the person looked up (no subject: the resident at the
 * counter or, as before, a KK member the staff looked up directly) or for another person named.
 * Returns the field error, or the relation and subject columns to store.
 */
export function walkInTarget(targets: unknown, values: SubjectValues | undefined):
  | { ok: false; fieldErrors: Record<string, string> }
  | { ok: true; relation: string; subjectName: string | null; subjectNik: string | null; subjectRelation: string | null } {
  const allowed = normaliseTargets(targets);
  const subject = values ? toSubject(values) : null;
  if (subject) {
    if (!allowed.includes("OTHER")) return { ok: false, fieldErrors: { "subject.subjectName": "target_not_allowed" } };
    return { ok: true, relation: OUTSIDE_KK, subjectName: subject.name, subjectNik: subject.nik, subjectRelation: subject.relation };
  }
  if (!allowed.includes("SELF") && !allowed.includes("HOUSEHOLD")) return { ok: false, fieldErrors: { "subject.subjectName": "subject_required" } };
  return { ok: true, relation: "SELF", subjectName: null, subjectNik: null, subjectRelation: null };
}
