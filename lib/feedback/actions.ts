"use server";

import { revalidatePath } from "next/cache";
import { actionActor, getActor } from "@/lib/auth";
import { fieldErrorsOf } from "@/lib/complaints/schema";
import { answerFeedback, sendFeedback, sendPublicFeedback } from "./mutations";
import { answerSchema, feedbackSchema, publicFeedbackSchema } from "./schema";
import { headers } from "next/headers";

type Result = { ok: true } | { ok: false; error: string; fieldErrors?: Record<string, string> };

export async function sendFeedbackAction(input: unknown): Promise<Result> {
  const actor = await actionActor("resident.self");
  if (!actor) return { ok: false, error: "forbidden" };
  const parsed = feedbackSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: "invalid", fieldErrors: fieldErrorsOf(parsed.error) };
  const result = await sendFeedback(actor, parsed.data);
  if (!result.ok) return result;
  revalidatePath("/warga/kritik-saran");
  return { ok: true };
}

/** Signed-out visitors only; a signed-in resident uses the form on their own page. */
export async function sendPublicFeedbackAction(input: unknown): Promise<Result> {
  const parsed = publicFeedbackSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: "invalid", fieldErrors: fieldErrorsOf(parsed.error) };
  const actor = await getActor();
  const h = await headers();
  const ip = actor?.ip ?? (h.get("x-forwarded-for")?.split(",")[0]?.trim() || h.get("x-real-ip") || null);
  const result = await sendPublicFeedback(parsed.data, ip);
  return result.ok ? { ok: true } : result;
}

export async function answerFeedbackAction(input: unknown): Promise<Result> {
  const actor = await actionActor("feedback.answer");
  if (!actor) return { ok: false, error: "forbidden" };
  const parsed = answerSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: "invalid", fieldErrors: fieldErrorsOf(parsed.error) };
  const result = await answerFeedback(actor, parsed.data);
  if (!result.ok) return result;
  revalidatePath("/petugas/kritik-saran");
  return { ok: true };
}
