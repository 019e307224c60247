// Inputs of the resident's request actions. Field values are checked per service in fields.ts.
import { z } from "zod";

import type { PipelineError } from "@/lib/action/result";
import { RELATIONS } from "./constants";
import { OUTSIDE_KK, subjectCodes, toSubject } from "./subject";

export { RELATIONS, STATUS_FILTERS, type Relation } from "./constants";

const id = z.string().trim().min(1).max(40);

const subjectText = z.string().max(200).optional();

// Who the request is for: oneself, a KK member (residentId + relation), or a person outside the KK
// (relation OUTSIDE_KK with their name, NIK and relationship; residentId is the applicant's own).
const choiceShape = {
  residentId: id,
  relation: z.enum([...RELATIONS, OUTSIDE_KK], { error: "required" }),
  subjectName: subjectText,
  subjectNik: subjectText,
  subjectRelation: subjectText,
};
type ChoiceIn = { relation: string; subjectName?: string; subjectNik?: string; subjectRelation?: string };

function checkSubject(v: ChoiceIn, ctx: z.RefinementCtx) {
  if (v.relation !== OUTSIDE_KK) return;
  for (const [path, message] of Object.entries(subjectCodes(v))) ctx.addIssue({ code: "custom", path: [path], message });
}

function toChoice<T extends ChoiceIn>({ subjectName, subjectNik, subjectRelation, ...rest }: T) {
  return {
    ...rest,
    subject: rest.relation === OUTSIDE_KK ? toSubject({ subjectName: subjectName ?? "", subjectNik: subjectNik ?? "", subjectRelation: subjectRelation ?? "" }) : null,
  };
}

export const startRequestSchema = z.object({ serviceId: id, ...choiceShape }).superRefine(checkSubject).transform(toChoice);
/** Changing who a request is for (a draft, or the fields staff pointed at in a correction): the same rules as at start. */
export const changeSubjectSchema = z.object({ requestId: id, ...choiceShape }).superRefine(checkSubject).transform(toChoice);
export type ChangeSubjectInput = z.output<typeof changeSubjectSchema>;
export type StartRequestInput = z.output<typeof startRequestSchema>;

export const saveDraftSchema = z.object({
  requestId: id,
  values: z.record(z.string().max(60), z.union([z.string().max(5000), z.number()])),
});

export const requestIdSchema = z.object({ requestId: id });

/** Submit (or resubmit) with the form's idempotency key: a retry of the same tap answers the first one. */
export const submitSchema = z.object({ requestId: id, idempotencyKey: z.string().regex(/^[A-Za-z0-9_-]{16,100}$/).optional() });

/**
 * The phone's outbox send (POST /api/warga/permohonan/:id/kirim): the submit with its key plus the
 * values typed since the last autosave, checked like saveDraftSchema's.
 */
export const sendSchema = submitSchema.extend({ idempotencyKey: submitSchema.shape.idempotencyKey.unwrap(), values: saveDraftSchema.shape.values });

export const uploadSchema = z.object({ requestId: id, requirementId: id });
export const attachmentSchema = z.object({ requestId: id, attachmentId: id });
export const cancelSchema = z.object({ requestId: id, reason: z.string().trim().max(2000).optional() });


export type RequestActionError =
  | PipelineError
  | "invalid"
  | "invalid_transition"
  | "incomplete"
  | "corrections_pending"
  | "subject_pending"
  | "not_verified"
  | "target_not_allowed"
  | "subject_locked"
  | "draft_exists"
  | "conflict"
  | "type_not_allowed"
  | "too_large"
  | "empty"
  | "storage_full";

export type RequestActionResult<T = object> =
  | ({ ok: true } & T)
  | { ok: false; error: RequestActionError; fieldErrors?: Record<string, string> };
