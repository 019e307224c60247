import "server-only";
import crypto from "node:crypto";
import type { Actor } from "@/lib/auth/types";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { canPlanFollowUp, canWordSurvey, mayAnswerByLink, mayAnswerInApp, surveyRequestWhere } from "./policy";
import type { QuestionsInput, FollowUpPlanInput, ResponseValues } from "./schema";

// Writes of the survey domain. There is deliberately no function that updates or deletes a
// survey response: answers are written once, by the respondent, and nobody can change them
// (lib/survey/immutability.integration.test.ts keeps it that way).

type Tx = Prisma.TransactionClient;

export type SurveyError = "not_found" | "forbidden" | "not_ready" | "already_answered";
export type SurveyResult = { ok: true } | { ok: false; error: SurveyError };

/** 128 random bits, URL-safe (22 characters): short enough for a QR code on a receipt. */
export function newSurveyToken(): string {
  return crypto.randomBytes(16).toString("base64url");
}

/**
 * The single-use invitation of a request, created on first need. Idempotent and race-safe (an
 * insert that yields to the unique request_id). The back office calls it in the same transaction that
 * completes a request, and the desk in the transaction that files a walk-in request (its receipt shows the QR).
 */
export async function ensureSurveyInvitation(
  tx: Tx,
  input: { requestId: string; officeId: string; serviceId: string },
): Promise<{ id: string; token: string; usedAt: Date | null }> {
  // INSERT … ON CONFLICT DO NOTHING (createMany skipDuplicates): a concurrent caller waits for the
  // first insert and then reads the same row. (Prisma's upsert is not atomic here.)
  await tx.surveyInvitation.createMany({
    data: [{ requestId: input.requestId, officeId: input.officeId, serviceId: input.serviceId, token: newSurveyToken() }],
    skipDuplicates: true,
  });
  return tx.surveyInvitation.findUniqueOrThrow({ where: { requestId: input.requestId }, select: { id: true, token: true, usedAt: true } });
}

type Claimable = { id: string; officeId: string; serviceId: string; unitId: string };

/**
 * Uses an invitation exactly once. The conditional update flips used_at from NULL in one statement
 * (a concurrent second attempt waits for the row lock and then matches nothing); the unique
 * invitation_id on survey_responses is the second guard.
 */
async function answerOnce(tx: Tx, invitation: Claimable, values: ResponseValues): Promise<SurveyResult> {
  const now = new Date();
  const claimed = await tx.surveyInvitation.updateMany({ where: { id: invitation.id, usedAt: null }, data: { usedAt: now } });
  if (claimed.count === 0) return { ok: false, error: "already_answered" };
  await tx.surveyResponse.create({
    data: {
      officeId: invitation.officeId,
      serviceId: invitation.serviceId,
      unitId: invitation.unitId,
      invitationId: invitation.id,
      submittedAt: now,
      ...values,
    },
  });
  return { ok: true };
}

async function inTransaction(work: (tx: Tx) => Promise<SurveyResult>): Promise<SurveyResult> {
  try {
    return await db.$transaction(work);
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      return { ok: false, error: "already_answered" };
    }
    throw error;
  }
}

/**
 * Answer through a link (QR on a walk-in receipt): no login; the token is the credential. Someone signed
 * in as staff, supervisor or admin is refused, so office staff cannot fill in residents' surveys.
 */
export async function submitSurveyByToken(token: string, values: ResponseValues, caller: Pick<Actor, "role"> | null = null): Promise<SurveyResult> {
  if (!mayAnswerByLink(caller)) return { ok: false, error: "forbidden" };
  return inTransaction(async (tx) => {
    const invitation = await tx.surveyInvitation.findUnique({
      where: { token },
      select: {
        id: true,
        officeId: true,
        serviceId: true,
        service: { select: { unitId: true } },
        request: { select: { status: true, unitId: true } },
      },
    });
    if (!invitation) return { ok: false, error: "not_found" };
    if (invitation.request && invitation.request.status !== "COMPLETED") return { ok: false, error: "not_ready" };
    const unitId = invitation.request?.unitId ?? invitation.service.unitId;
    return answerOnce(tx, { id: invitation.id, officeId: invitation.officeId, serviceId: invitation.serviceId, unitId }, values);
  });
}

/** Answer in the app for one's own completed request (as applicant, or as the person it was for). */
export async function submitSurveyForRequest(actor: Actor, requestId: string, values: ResponseValues): Promise<SurveyResult> {
  if (!mayAnswerInApp(actor)) return { ok: false, error: "forbidden" };
  return inTransaction(async (tx) => {
    const request = await tx.serviceRequest.findFirst({
      where: { AND: [{ id: requestId }, surveyRequestWhere(actor)] },
      select: { id: true, officeId: true, serviceId: true, unitId: true, status: true },
    });
    if (!request) return { ok: false, error: "not_found" };
    if (request.status !== "COMPLETED") return { ok: false, error: "not_ready" };
    const invitation = await ensureSurveyInvitation(tx, { requestId: request.id, officeId: request.officeId, serviceId: request.serviceId });
    return answerOnce(tx, { id: invitation.id, officeId: request.officeId, serviceId: request.serviceId, unitId: request.unitId }, values);
  });
}

/** Admin rewording of the nine questions of their own office (codes and order are fixed by the schema). */
export async function saveSurveyQuestions(actor: Actor, input: QuestionsInput): Promise<{ ok: true } | { ok: false; error: "forbidden" }> {
  if (!canWordSurvey(actor)) return { ok: false, error: "forbidden" };
  await db.$transaction(
    input.items.map((item) =>
      db.surveyQuestion.upsert({
        where: { officeId_code: { officeId: actor.officeId, code: item.code } },
        update: { question: item.question, labels: [...item.labels] },
        create: { officeId: actor.officeId, code: item.code, question: item.question, labels: [...item.labels] },
      }),
    ),
  );
  return { ok: true };
}

/** Replaces the Rencana Tindak Lanjut of one period of the supervisor's own office. */
export async function saveFollowUpPlans(actor: Actor, input: FollowUpPlanInput): Promise<{ ok: true } | { ok: false; error: "forbidden" }> {
  if (!canPlanFollowUp(actor)) return { ok: false, error: "forbidden" };
  await db.$transaction([
    db.followUpPlan.deleteMany({ where: { officeId: actor.officeId, period: input.period } }),
    db.followUpPlan.createMany({
      data: input.rows.map((row, position) => ({ officeId: actor.officeId, period: input.period, position, ...row })),
    }),
  ]);
  return { ok: true };
}
