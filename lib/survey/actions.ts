"use server";
import { revalidatePath } from "next/cache";
import { actionActor, getActor } from "@/lib/auth";
import { submitSurveyByToken, submitSurveyForRequest, saveSurveyQuestions, saveFollowUpPlans } from "./mutations";
import { answerSchema, followUpPlanSchema, questionsSchema, toResponseValues } from "./schema";
import type { z } from "zod";

export type FormResult =
  | { ok: true }
  | { ok: false; error: string; fieldErrors?: Record<string, string> };

function fieldErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".");
    out[key] ??= issue.message;
  }
  return out;
}

/** Public: answering through a single-use link. The token is the only credential. */
export async function submitSurveyByTokenAction(token: string, input: unknown): Promise<FormResult> {
  if (typeof token !== "string" || token.length > 64) return { ok: false, error: "not_found" };
  const parsed = answerSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: "invalid", fieldErrors: fieldErrors(parsed.error) };
  return submitSurveyByToken(token, toResponseValues(parsed.data), await getActor());
}

/** Resident: answering for one of their own completed requests. */
export async function submitSurveyForRequestAction(requestId: string, input: unknown): Promise<FormResult> {
  const actor = await actionActor("resident.self");
  if (!actor) return { ok: false, error: "forbidden" };
  if (typeof requestId !== "string") return { ok: false, error: "not_found" };
  const parsed = answerSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: "invalid", fieldErrors: fieldErrors(parsed.error) };
  // No revalidation: the form itself shows the thank-you; a reload shows "already answered".
  return submitSurveyForRequest(actor, requestId, toResponseValues(parsed.data));
}

export async function saveSurveyQuestionsAction(input: unknown): Promise<FormResult> {
  const actor = await actionActor("admin.manage");
  if (!actor) return { ok: false, error: "forbidden" };
  const parsed = questionsSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: "invalid", fieldErrors: fieldErrors(parsed.error) };
  const result = await saveSurveyQuestions(actor, parsed.data);
  if (result.ok) revalidatePath("/admin/survei");
  return result;
}

export async function saveFollowUpPlansAction(input: unknown): Promise<FormResult> {
  const actor = await actionActor("survey.plan");
  if (!actor) return { ok: false, error: "forbidden" };
  const parsed = followUpPlanSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: "invalid", fieldErrors: fieldErrors(parsed.error) };
  const result = await saveFollowUpPlans(actor, parsed.data);
  if (result.ok) revalidatePath("/pimpinan/skm");
  return result;
}
