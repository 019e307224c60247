"use server";
import { z } from "zod";
import { action } from "@/lib/action";
import { submitSurveyByToken, submitSurveyForRequest, saveSurveyQuestions, saveFollowUpPlans } from "./mutations";
import { answerSchema, followUpPlanSchema, questionsSchema, toResponseValues } from "./schema";

const byToken = action(
  { permission: "public", schema: z.object({ token: z.string().min(1).max(64), answers: answerSchema }), rateLimit: { name: "survey-token", limit: 30, windowSeconds: 600 } },
  ({ actor, input }) => submitSurveyByToken(input.token, toResponseValues(input.answers), actor),
);

/** Public: answering through a single-use link. The token is the only credential. */
export async function submitSurveyByTokenAction(token: string, input: unknown) {
  if (typeof token !== "string" || token.length > 64) return { ok: false as const, error: "not_found" as const };
  return unnest(await byToken({ token, answers: input }), "answers");
}

const forRequest = action(
  { permission: "resident.self", schema: z.object({ requestId: z.string().min(1).max(40), answers: answerSchema }) },
  // No revalidation: the form itself shows the thank-you; a reload shows "already answered".
  ({ actor, input }) => submitSurveyForRequest(actor, input.requestId, toResponseValues(input.answers)),
);

/** Resident: answering for one of their own completed requests. */
export async function submitSurveyForRequestAction(requestId: string, input: unknown) {
  if (typeof requestId !== "string") return { ok: false as const, error: "not_found" as const };
  return unnest(await forRequest({ requestId, answers: input }), "answers");
}

/** The survey form names its fields without the wrapper object the action adds. */
function unnest<R extends { ok: boolean; fieldErrors?: Record<string, string> }>(result: R, prefix: string): R {
  if (result.ok || !result.fieldErrors) return result;
  const fieldErrors = Object.fromEntries(Object.entries(result.fieldErrors).map(([k, v]) => [k.startsWith(`${prefix}.`) ? k.slice(prefix.length + 1) : k, v]));
  return { ...result, fieldErrors };
}

export const saveSurveyQuestionsAction = action(
  { permission: "admin.manage", schema: questionsSchema, revalidate: ["/admin/survei"] },
  ({ actor, input }) => saveSurveyQuestions(actor, input),
);

export const saveFollowUpPlansAction = action(
  { permission: "survey.plan", schema: followUpPlanSchema, revalidate: ["/pimpinan/skm"] },
  ({ actor, input }) => saveFollowUpPlans(actor, input),
);
