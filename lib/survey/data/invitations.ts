import "server-only";
import type { Actor } from "@/lib/auth/types";
import { db } from "@/lib/db";
import { DEFAULT_WORDING, isUnsurCode, type UnsurWording } from "../frame";
import { mayAnswerInApp, surveyRequestWhere } from "../policy";

/** The office's wording of the nine unsur, in the fixed order; codes without a row fall back to the default. */
export async function surveyQuestions(officeId: string): Promise<UnsurWording[]> {
  const rows = await db.surveyQuestion.findMany({ where: { officeId }, select: { code: true, question: true, labels: true } });
  const byCode = new Map(rows.filter((r) => isUnsurCode(r.code)).map((r) => [r.code, r]));
  return DEFAULT_WORDING.map((d) => {
    const row = byCode.get(d.code);
    if (!row || row.labels.length !== 4) return { ...d, labels: [...d.labels] as UnsurWording["labels"] };
    return { code: d.code, name: d.name, question: row.question, labels: row.labels as UnsurWording["labels"] };
  });
}

export type SurveyState = "open" | "answered" | "not_ready";

export type SurveyContext = {
  state: SurveyState;
  officeName: string;
  serviceName: string;
  number: string | null;
  questions: UnsurWording[];
};

/** What the public link page needs; null for an unknown token (the page answers 404). */
export async function surveyByToken(token: string): Promise<SurveyContext | null> {
  if (!/^[A-Za-z0-9_-]{16,64}$/.test(token)) return null;
  const invitation = await db.surveyInvitation.findUnique({
    where: { token },
    select: {
      usedAt: true,
      officeId: true,
      office: { select: { name: true } },
      service: { select: { name: true } },
      request: { select: { status: true, number: true } },
    },
  });
  if (!invitation) return null;
  const state: SurveyState = invitation.usedAt
    ? "answered"
    : invitation.request && invitation.request.status !== "COMPLETED"
      ? "not_ready"
      : "open";
  return {
    state,
    officeName: invitation.office.name,
    serviceName: invitation.service.name,
    number: invitation.request?.number ?? null,
    questions: state === "open" ? await surveyQuestions(invitation.officeId) : [],
  };
}

/** The in-app survey of a resident's own request; null when it is not theirs (404). */
export async function surveyForRequest(actor: Actor, requestId: string): Promise<SurveyContext | null> {
  if (!mayAnswerInApp(actor)) return null;
  const request = await db.serviceRequest.findFirst({
    where: { AND: [{ id: requestId }, surveyRequestWhere(actor)] },
    select: {
      status: true,
      number: true,
      officeId: true,
      office: { select: { name: true } },
      service: { select: { name: true } },
      surveyInvitation: { select: { usedAt: true } },
    },
  });
  if (!request) return null;
  const state: SurveyState = request.surveyInvitation?.usedAt ? "answered" : request.status !== "COMPLETED" ? "not_ready" : "open";
  return {
    state,
    officeName: request.office.name,
    serviceName: request.service.name,
    number: request.number,
    questions: state === "open" ? await surveyQuestions(request.officeId) : [],
  };
}

/**
 * For the resident's request page: "open" when the completed request's survey still waits for an
 * answer, "answered" once it is answered, "not_ready" before completion; null when not theirs.
 */
export async function requestSurveyState(actor: Actor, requestId: string): Promise<SurveyState | null> {
  if (!mayAnswerInApp(actor)) return null;
  const request = await db.serviceRequest.findFirst({
    where: { AND: [{ id: requestId }, surveyRequestWhere(actor)] },
    select: { status: true, surveyInvitation: { select: { usedAt: true } } },
  });
  if (!request) return null;
  // Same rule as surveyForRequest, so the link never leads to a survey that is closed.
  return request.surveyInvitation?.usedAt ? "answered" : request.status !== "COMPLETED" ? "not_ready" : "open";
}
