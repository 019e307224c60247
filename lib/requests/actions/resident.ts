"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { action } from "@/lib/action";
import { deleteUnreferencedFiles } from "@/lib/storage/cleanup";
import { ingestFormFile } from "@/lib/storage/ingest";
import {
  attachFile,
  cancelRequest,
  confirmReceipt,
  discardDraft,
  removeAttachment,
  saveDraftValues,
  startDraft,
  uploadTarget,
} from "../mutations/resident";
import { changeSubject } from "../mutations/subject";
import {
  attachmentSchema,
  changeSubjectSchema,
  cancelSchema,
  requestIdSchema,
  saveDraftSchema,
  startRequestSchema,
  uploadSchema,
  type RequestActionResult,
} from "../schema";
import { OTHER_PERSON } from "../constants";
import { OUTSIDE_KK } from "../subject";

// Resident actions. Each is a public POST endpoint: the pipeline loads the actor from the session
// and checks the permission; the request is looked up within the resident's own scope, and ids
// from the client are only lookups.

const paths = (input: { requestId: string }) => [{ layout: `/warga/permohonan/${input.requestId}` }, "/warga/permohonan", "/warga"];
const apply = { permission: "request.apply", revalidate: paths } as const;
const formObject = (raw: unknown) => Object.fromEntries([...(raw as FormData).entries()].filter(([, v]) => typeof v === "string" && v !== ""));

// Who the request is for, from the start form's fields (also when changed later). "Orang lain"
// (outside the KK): the request stays on the applicant's own profile. Applying for oneself needs no
// relation; the server knows who "self" is.
const choiceInput = (form: FormData, actor: { residentId: string | null } | null) => {
  const text = (name: string) => form.get(name) ?? undefined;
  if (form.get("residentId") === OTHER_PERSON) {
    return { residentId: actor?.residentId ?? undefined, relation: OUTSIDE_KK, subjectName: text("subjectName"), subjectNik: text("subjectNik"), subjectRelation: text("subjectRelation") };
  }
  const self = actor?.residentId != null && form.get("residentId") === actor.residentId;
  return { residentId: text("residentId"), relation: form.get("relation") || (self ? "SELF" : undefined) };
};

/** A refused choice, for the start form: the other person's fields at their own inputs, else "relation required". */
function choiceRefusal<R extends { ok: false; error: string; fieldErrors?: Record<string, string> }>(result: R): R | RequestActionResult {
  if (result.error !== "invalid_input") return result;
  const fieldErrors = result.fieldErrors && Object.keys(result.fieldErrors).some((k) => k.startsWith("subject")) ? result.fieldErrors : { relation: "required" };
  return { ok: false, error: "invalid", fieldErrors };
}

const start = action(
  {
    permission: "request.apply",
    schema: startRequestSchema,
    input: (raw, actor) => ({ serviceId: (raw as FormData).get("serviceId") ?? undefined, ...choiceInput(raw as FormData, actor) }),
  },
  async ({ actor, input }) => startDraft(actor, input),
);

export async function startRequestAction(_prev: RequestActionResult | null, form: FormData): Promise<RequestActionResult> {
  const result = await start(form);
  if (!result.ok) return choiceRefusal(result);
  revalidatePath("/warga", "layout");
  redirect(`/warga/permohonan/${result.id}/isi`);
}

const changeSubjectOf = action(
  { ...apply, schema: changeSubjectSchema, input: (raw, actor) => ({ requestId: (raw as FormData).get("requestId") ?? undefined, ...choiceInput(raw as FormData, actor) }) },
  async ({ actor, input }) => changeSubject(actor, input),
);

/** Changes who a draft is for (or the other person's fields staff pointed at); back to the form, answers and files kept. */
export async function changeSubjectAction(_prev: RequestActionResult | null, form: FormData): Promise<RequestActionResult> {
  const result = await changeSubjectOf(form);
  if (!result.ok) return choiceRefusal(result);
  redirect(`/warga/permohonan/${String(form.get("requestId"))}/isi`);
}

const saveDraft = action({ permission: "request.apply", schema: saveDraftSchema }, ({ actor, input }) =>
  saveDraftValues(actor, input.requestId, input.values),
);

export async function saveDraftAction(requestId: string, values: Record<string, string>): Promise<RequestActionResult> {
  const result = await saveDraft({ requestId, values });
  return result.ok || result.error !== "invalid_input" ? result : { ok: false, error: "invalid" };
}

export type UploadResult = RequestActionResult<{ attachmentId: string; file: { id: string; mime: string; size: number; originalName: string } }>;

export const uploadAttachmentAction: (form: FormData) => Promise<UploadResult> = action(
  { ...apply, schema: uploadSchema, input: formObject },
  async ({ actor, input, raw }): Promise<UploadResult> => {
    const target = await uploadTarget(actor, input.requestId, input.requirementId);
    if (!target) return { ok: false, error: "not_found" };
    const ingested = await ingestFormFile((raw as FormData).get("file"), { ...target, ownerId: actor.userId });
    if (!ingested.ok) return { ok: false, error: ingested.error };
    const attached = await attachFile(actor, input.requestId, input.requirementId, ingested.file.id);
    if (!attached.ok) {
      await deleteUnreferencedFiles([ingested.file.id]);
      return attached;
    }
    const { id, mime, size, originalName } = ingested.file;
    return { ok: true, attachmentId: attached.attachmentId, file: { id, mime, size, originalName } };
  },
);

const remove = action({ ...apply, schema: attachmentSchema }, ({ actor, input }) => removeAttachment(actor, input.requestId, input.attachmentId));

export async function removeAttachmentAction(requestId: string, attachmentId: string): Promise<RequestActionResult> {
  return remove({ requestId, attachmentId });
}


const cancel = action({ ...apply, schema: cancelSchema, input: formObject }, ({ actor, input }) =>
  cancelRequest(actor, input.requestId, input.reason || null),
);

export async function cancelRequestAction(_prev: RequestActionResult | null, form: FormData): Promise<RequestActionResult> {
  return cancel(form);
}

const discard = action({ permission: "request.apply", schema: requestIdSchema, input: formObject }, async ({ actor, input }) => {
  const result = await discardDraft(actor, input.requestId);
  if (result.ok) await deleteUnreferencedFiles(result.fileIds);
  return result;
});

export async function discardDraftAction(_prev: RequestActionResult | null, form: FormData): Promise<RequestActionResult> {
  const result = await discard(form);
  if (!result.ok) return result;
  revalidatePath("/warga", "layout");
  redirect("/warga/permohonan?dihapus=1");
}

const confirm = action({ ...apply, schema: requestIdSchema, input: formObject }, ({ actor, input }) => confirmReceipt(actor, input.requestId));

export async function confirmReceiptAction(_prev: RequestActionResult | null, form: FormData): Promise<RequestActionResult> {
  return confirm(form);
}
