"use server";

import { revalidatePath } from "next/cache";
import { actionActor } from "@/lib/auth";
import { fileWalkInComplaint } from "../mutations/file";
import { completeComplaint, disposeComplaint, recordFollowUp, rejectComplaint, verifyComplaint } from "../mutations/workflow";
import { completeSchema, disposeSchema, fieldErrorsOf, followUpSchema, rejectSchema, verifySchema, walkInSchema } from "../schema";
import { numberField, photosOf, textFields } from "./form-data";
import type { ActionResult } from "./resident";
import type { z } from "zod";

type Mutation<S extends z.ZodType> = (actor: NonNullable<Awaited<ReturnType<typeof actionActor>>>, input: z.output<S>) => Promise<{ ok: true } | { ok: false; error: string; fieldErrors?: Record<string, string> }>;

/** The thin part every staff step shares: session and permission, schema, mutation, revalidation. */
async function run<S extends z.ZodType>(schema: S, mutation: Mutation<S>, input: unknown): Promise<ActionResult> {
  const actor = await actionActor("complaint.handle");
  if (!actor) return { ok: false, error: "forbidden" };
  const parsed = schema.safeParse(input);
  if (!parsed.success) return { ok: false, error: "invalid", fieldErrors: fieldErrorsOf(parsed.error) };
  const result = await mutation(actor, parsed.data);
  if (!result.ok) return { ok: false, error: result.error, fieldErrors: result.fieldErrors };
  const id = (parsed.data as { id: string }).id;
  revalidatePath(`/petugas/pengaduan/${id}`);
  revalidatePath("/petugas/pengaduan");
  return { ok: true };
}

export async function verifyAction(input: unknown) {
  return run(verifySchema, verifyComplaint, input);
}

export async function rejectAction(input: unknown) {
  return run(rejectSchema, rejectComplaint, input);
}

export async function disposeAction(input: unknown) {
  return run(disposeSchema, disposeComplaint, input);
}

export async function completeAction(input: unknown) {
  return run(completeSchema, completeComplaint, input);
}

/** Multipart: the follow-up's fields plus result photos under "photos". */
export async function followUpAction(form: FormData): Promise<ActionResult> {
  const actor = await actionActor("complaint.handle");
  if (!actor) return { ok: false, error: "forbidden" };
  const fields = textFields(form, ["id", "actionDate", "note"]);
  const parsed = followUpSchema.safeParse({ ...fields, version: numberField(form, "version") });
  if (!parsed.success) return { ok: false, error: "invalid", fieldErrors: fieldErrorsOf(parsed.error) };
  const photos = await photosOf(form);
  if (!photos.ok) return { ok: false, error: "upload", fieldErrors: { photos: photos.error } };
  const result = await recordFollowUp(actor, parsed.data, photos.photos);
  if (!result.ok) return result;
  revalidatePath(`/petugas/pengaduan/${parsed.data.id}`);
  revalidatePath("/petugas/pengaduan");
  return { ok: true };
}

/** Multipart: a complaint told at the desk, a Balai RW post or by WhatsApp. */
export async function walkInAction(form: FormData): Promise<ActionResult<{ id: string; ticket: string }>> {
  const actor = await actionActor("complaint.handle");
  if (!actor) return { ok: false, error: "forbidden" };
  const parsed = walkInSchema.safeParse({
    ...textFields(form, ["classification", "categoryId", "title", "description", "locationText", "privacy", "channel", "reporterNik"]),
    latitude: numberField(form, "latitude"),
    longitude: numberField(form, "longitude"),
  });
  if (!parsed.success) return { ok: false, error: "invalid", fieldErrors: fieldErrorsOf(parsed.error) };
  const photos = await photosOf(form);
  if (!photos.ok) return { ok: false, error: "upload", fieldErrors: { photos: photos.error } };
  const result = await fileWalkInComplaint(actor, parsed.data, photos.photos);
  if (!result.ok) return result;
  revalidatePath("/petugas/pengaduan");
  return { ok: true, id: result.id, ticket: result.ticket };
}
