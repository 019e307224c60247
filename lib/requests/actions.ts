"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { actionActor } from "@/lib/auth";
import { deleteUnreferencedFiles } from "@/lib/storage/cleanup";
import { ingestFormFile } from "@/lib/storage/ingest";
import {
  attachFile,
  cancelRequest,
  confirmReceipt,
  discardDraft,
  removeAttachment,
  resubmitRequest,
  saveDraftValues,
  startDraft,
  submitRequest,
  uploadTarget,
} from "./mutations/resident";
import { requestIdSchema, saveDraftSchema, startRequestSchema, type RequestActionResult } from "./schema";

// Resident actions. Each is a public POST endpoint: the actor comes from the session, the
// request is looked up within the resident's own scope, and ids from the client are only lookups.

const refresh = (id: string) => {
  revalidatePath(`/warga/permohonan/${id}`, "layout");
  revalidatePath("/warga/permohonan");
  revalidatePath("/warga");
};

export async function startRequestAction(_prev: RequestActionResult | null, form: FormData): Promise<RequestActionResult> {
  const actor = await actionActor("request.apply");
  if (!actor) return { ok: false, error: "forbidden" };
  const parsed = startRequestSchema.safeParse({
    serviceId: form.get("serviceId"),
    residentId: form.get("residentId"),
    relation: form.get("relation") || (form.get("residentId") === actor.residentId ? "SELF" : undefined),
  });
  if (!parsed.success) return { ok: false, error: "invalid", fieldErrors: { relation: "required" } };
  const result = await startDraft(actor, parsed.data);
  if (!result.ok) return result;
  revalidatePath("/warga", "layout");
  redirect(`/warga/permohonan/${result.id}/isi`);
}

export async function saveDraftAction(requestId: string, values: Record<string, string>): Promise<RequestActionResult> {
  const actor = await actionActor("request.apply");
  if (!actor) return { ok: false, error: "forbidden" };
  const parsed = saveDraftSchema.safeParse({ requestId, values });
  if (!parsed.success) return { ok: false, error: "invalid" };
  return saveDraftValues(actor, parsed.data.requestId, parsed.data.values);
}

export type UploadResult = RequestActionResult<{ attachmentId: string; file: { id: string; mime: string; size: number; originalName: string } }>;

export async function uploadAttachmentAction(form: FormData): Promise<UploadResult> {
  const actor = await actionActor("request.apply");
  if (!actor) return { ok: false, error: "forbidden" };
  const requestId = String(form.get("requestId") ?? "");
  const requirementId = String(form.get("requirementId") ?? "");
  const target = await uploadTarget(actor, requestId, requirementId);
  if (!target) return { ok: false, error: "not_found" };
  const ingested = await ingestFormFile(form.get("file"), { ...target, ownerId: actor.userId });
  if (!ingested.ok) return { ok: false, error: ingested.error };
  const attached = await attachFile(actor, requestId, requirementId, ingested.file.id);
  if (!attached.ok) {
    await deleteUnreferencedFiles([ingested.file.id]);
    return attached;
  }
  refresh(requestId);
  const { id, mime, size, originalName } = ingested.file;
  return { ok: true, attachmentId: attached.attachmentId, file: { id, mime, size, originalName } };
}

export async function removeAttachmentAction(requestId: string, attachmentId: string): Promise<RequestActionResult> {
  const actor = await actionActor("request.apply");
  if (!actor) return { ok: false, error: "forbidden" };
  const result = await removeAttachment(actor, String(requestId), String(attachmentId));
  if (result.ok) refresh(requestId);
  return result;
}

export async function submitRequestAction(requestId: string): Promise<RequestActionResult> {
  const actor = await actionActor("request.apply");
  if (!actor) return { ok: false, error: "forbidden" };
  const parsed = requestIdSchema.safeParse({ requestId });
  if (!parsed.success) return { ok: false, error: "not_found" };
  const result = await submitRequestLike(actor, parsed.data.requestId);
  if (!result.ok) return result;
  refresh(parsed.data.requestId);
  redirect(`/warga/permohonan/${parsed.data.requestId}?terkirim=1`);
}

async function submitRequestLike(actor: NonNullable<Awaited<ReturnType<typeof actionActor>>>, id: string) {
  // One button on the form: a draft is submitted, a corrected request is resubmitted.
  const first = await submitRequest(actor, id);
  if (first.ok || first.error !== "invalid_transition") return first;
  return resubmitRequest(actor, id);
}

export async function cancelRequestAction(_prev: RequestActionResult | null, form: FormData): Promise<RequestActionResult> {
  const actor = await actionActor("request.apply");
  if (!actor) return { ok: false, error: "forbidden" };
  const requestId = String(form.get("requestId") ?? "");
  const reason = String(form.get("reason") ?? "").trim() || null;
  const result = await cancelRequest(actor, requestId, reason);
  if (result.ok) refresh(requestId);
  return result;
}

export async function discardDraftAction(_prev: RequestActionResult | null, form: FormData): Promise<RequestActionResult> {
  const actor = await actionActor("request.apply");
  if (!actor) return { ok: false, error: "forbidden" };
  const result = await discardDraft(actor, String(form.get("requestId") ?? ""));
  if (!result.ok) return result;
  await deleteUnreferencedFiles(result.fileIds);
  revalidatePath("/warga", "layout");
  redirect("/warga/permohonan?dihapus=1");
}

export async function confirmReceiptAction(_prev: RequestActionResult | null, form: FormData): Promise<RequestActionResult> {
  const actor = await actionActor("request.apply");
  if (!actor) return { ok: false, error: "forbidden" };
  const requestId = String(form.get("requestId") ?? "");
  const result = await confirmReceipt(actor, requestId);
  if (result.ok) refresh(requestId);
  return result;
}
