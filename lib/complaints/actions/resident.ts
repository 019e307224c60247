"use server";

import { revalidatePath } from "next/cache";
import { actionActor } from "@/lib/auth";
import { fileComplaint } from "../mutations/file";
import { confirmComplaint, reopenComplaint } from "../mutations/reporter";
import { complaintContentSchema, confirmSchema, fieldErrorsOf, reopenSchema } from "../schema";
import { numberField, photosOf, textFields } from "./form-data";

export type ActionResult<T = object> = ({ ok: true } & T) | { ok: false; error: string; fieldErrors?: Record<string, string> };

const CONTENT_FIELDS = ["classification", "categoryId", "title", "description", "locationText", "privacy"];

/** Multipart: the complaint's fields plus up to three photos under "photos". */
export async function fileComplaintAction(form: FormData): Promise<ActionResult<{ id: string; ticket: string }>> {
  const actor = await actionActor("complaint.file");
  if (!actor) return { ok: false, error: "forbidden" };
  const parsed = complaintContentSchema.safeParse({
    ...textFields(form, CONTENT_FIELDS),
    latitude: numberField(form, "latitude"),
    longitude: numberField(form, "longitude"),
  });
  if (!parsed.success) return { ok: false, error: "invalid", fieldErrors: fieldErrorsOf(parsed.error) };
  const photos = await photosOf(form);
  if (!photos.ok) return { ok: false, error: "upload", fieldErrors: { photos: photos.error } };
  const result = await fileComplaint(actor, parsed.data, photos.photos);
  if (!result.ok) return result;
  revalidatePath("/warga/pengaduan");
  return { ok: true, id: result.id, ticket: result.ticket };
}

export async function confirmComplaintAction(input: unknown): Promise<ActionResult> {
  const actor = await actionActor("complaint.file");
  if (!actor) return { ok: false, error: "forbidden" };
  const parsed = confirmSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: "invalid" };
  const result = await confirmComplaint(actor, parsed.data);
  if (!result.ok) return result;
  revalidatePath(`/warga/pengaduan/${parsed.data.id}`);
  return { ok: true };
}

export async function reopenComplaintAction(input: unknown): Promise<ActionResult> {
  const actor = await actionActor("complaint.file");
  if (!actor) return { ok: false, error: "forbidden" };
  const parsed = reopenSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: "invalid", fieldErrors: fieldErrorsOf(parsed.error) };
  const result = await reopenComplaint(actor, parsed.data);
  if (!result.ok) return result;
  revalidatePath(`/warga/pengaduan/${parsed.data.id}`);
  return { ok: true };
}
