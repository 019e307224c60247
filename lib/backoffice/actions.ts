"use server";
import { revalidatePath } from "next/cache";
import type { z } from "zod";
import { actionActor } from "@/lib/auth";
import { ingestFormFile } from "@/lib/storage/ingest";
import { findResidentByNik } from "./data/walk-in";
import { runBulk } from "./mutations/bulk";
import { createWalkInRequest } from "./mutations/walk-in";
import {
  addNote,
  assignRequest,
  completeRequest,
  rejectRequest,
  requestCorrection,
  startProcessing,
  verifyRequest,
} from "./mutations/workflow";
import { checkBeforeUpload } from "./mutations/precheck";
import { assignSchema, bulkSchema, completeSchema, correctionSchema, noteSchema, rejectSchema, simpleTransitionSchema } from "./schema";
import { fail, type MutationResult } from "./types";
import { nikLookupSchema, walkInSchema } from "./walk-in-schema";

// Thin wrappers: authenticate, validate with the shared schema, call the domain, revalidate.

function fieldErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) out[issue.path.join(".")] ??= issue.message;
  return out;
}

function done(id: string, result: MutationResult): MutationResult {
  if (result.ok) {
    revalidatePath(`/petugas/permohonan/${id}`);
    revalidatePath("/petugas/permohonan");
  }
  return result;
}

async function run<S extends z.ZodType>(schema: S, raw: unknown, call: (actor: NonNullable<Awaited<ReturnType<typeof actionActor>>>, input: z.output<S>) => Promise<MutationResult>) {
  const actor = await actionActor("request.queue");
  if (!actor) return fail("forbidden");
  const parsed = schema.safeParse(raw);
  if (!parsed.success) return fail("invalid_input", fieldErrors(parsed.error));
  const result = await call(actor, parsed.data);
  return done((parsed.data as { id: string }).id, result);
}

export async function assignAction(raw: unknown) {
  return run(assignSchema, raw, assignRequest);
}
export async function verifyAction(raw: unknown) {
  return run(simpleTransitionSchema, raw, verifyRequest);
}
export async function processAction(raw: unknown) {
  return run(simpleTransitionSchema, raw, startProcessing);
}
export async function correctionAction(raw: unknown) {
  return run(correctionSchema, raw, (actor, input) => requestCorrection(actor, input));
}
export async function rejectAction(raw: unknown) {
  return run(rejectSchema, raw, (actor, input) => rejectRequest(actor, input));
}
export async function noteAction(raw: unknown) {
  return run(noteSchema, raw, addNote);
}

/** Completion comes as FormData because it may carry the result PDF. */
export async function completeAction(form: FormData): Promise<MutationResult> {
  const actor = await actionActor("request.queue");
  if (!actor) return fail("forbidden");
  const parsed = completeSchema.safeParse({
    id: form.get("id"), version: form.get("version"), mode: form.get("mode"),
    note: form.get("note") ?? undefined, pickupNote: form.get("pickupNote") ?? undefined,
  });
  if (!parsed.success) return fail("invalid_input", fieldErrors(parsed.error));
  const input = parsed.data;
  if (input.mode === "pickup") return done(input.id, await completeRequest(actor, input));

  // Refuse a stale or invalid completion before storing the file, so nothing is left orphaned.
  const pre = await checkBeforeUpload(actor, input, "complete");
  if (!pre.ok) return pre;
  const stored = await ingestFormFile(form.get("file"), { accept: ["application/pdf"], maxBytes: 10 * 1024 * 1024, officeId: actor.officeId, ownerId: actor.userId });
  if (!stored.ok) return fail(stored.error, { file: stored.error });
  return done(input.id, await completeRequest(actor, { id: input.id, version: input.version, note: input.note, resultFileId: stored.file.id }));
}

export async function bulkAction(raw: unknown) {
  const actor = await actionActor("request.queue");
  if (!actor) return fail("forbidden");
  const parsed = bulkSchema.safeParse(raw);
  if (!parsed.success) return fail("invalid_input", fieldErrors(parsed.error));
  const result = await runBulk(actor, parsed.data);
  revalidatePath("/petugas/permohonan");
  return result;
}

export async function lookupResidentAction(raw: unknown) {
  const actor = await actionActor("request.assisted");
  if (!actor) return fail("forbidden");
  const parsed = nikLookupSchema.safeParse(raw);
  if (!parsed.success) return fail("invalid_input", fieldErrors(parsed.error));
  return { ok: true as const, ...(await findResidentByNik(actor, parsed.data.nik)) };
}

/** The walk-in form posts JSON for its fields plus one file per document requirement ("file:<code>"). */
export async function walkInAction(form: FormData) {
  const actor = await actionActor("request.assisted");
  if (!actor) return fail("forbidden");
  let payload: unknown;
  try {
    payload = JSON.parse(String(form.get("payload") ?? "{}"));
  } catch {
    return fail("invalid_input");
  }
  const parsed = walkInSchema.safeParse(payload);
  if (!parsed.success) return fail("invalid_input", fieldErrors(parsed.error));
  const files = new Map<string, File>();
  for (const [key, value] of form.entries()) {
    if (key.startsWith("file:") && typeof value !== "string" && value.size > 0) files.set(key.slice(5), value);
  }
  const result = await createWalkInRequest(actor, parsed.data, files);
  if (result.ok) revalidatePath("/petugas/permohonan");
  return result;
}
