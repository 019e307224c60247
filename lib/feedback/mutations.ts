import "server-only";
import { claimKey, rememberAnswer } from "@/lib/idempotency/mutations";
import { canSendFeedback, officeFeedbackWhere } from "./policy";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/types";
import { can } from "@/lib/auth/policy";
import { consumeRateLimit } from "@/lib/rate-limit/mutations";
import type { answerSchema, feedbackSchema, publicFeedbackSchema } from "./schema";
import type { z } from "zod";

type Failure = { ok: false; error: "forbidden" | "not_found" | "conflict" | "invalid" | "rate_limited"; fieldErrors?: Record<string, string> };

/**
 * A resident's kritik or saran to their own office. The sender is always recorded so the answer can
 * reach them on their page; with `anonymous` the office's staff never see who sent it.
 */
/**
 * A signed-in resident's kritik or saran. With an idempotency key (the phone's outbox resends after
 * a lost answer or when the signal returns) a repeat answers the first one instead of storing twice.
 */
export async function sendFeedback(actor: Actor, input: z.output<typeof feedbackSchema>, idempotencyKey?: string): Promise<{ ok: true; id: string } | Failure> {
  if (!canSendFeedback(actor)) return { ok: false, error: "forbidden" };
  const once = idempotencyKey ? { scope: "feedback.send", userId: actor.userId, key: idempotencyKey } : undefined;
  return db.$transaction(async (tx) => {
    if (once) {
      const claim = await claimKey<{ id: string }>(tx, once);
      if (!claim.first && claim.answer) return { ok: true as const, id: claim.answer.id };
    }
    const row = await tx.feedback.create({
      data: { officeId: actor.officeId, senderId: actor.userId, anonymous: input.anonymous, kind: input.kind, message: input.message },
      select: { id: true },
    });
    if (once) await rememberAnswer(tx, once, { id: row.id });
    return { ok: true as const, id: row.id };
  });
}

/** A signed-out visitor: anonymous, no sender, so no answer can reach them (the form says so). */
export async function sendPublicFeedback(input: z.output<typeof publicFeedbackSchema>, ip: string | null): Promise<{ ok: true; id: string } | Failure> {
  if (input.website) return { ok: true, id: "" }; // a bot filled the honeypot: pretend success, store nothing
  const office = await db.office.findFirst({ where: { id: input.officeId, active: true }, select: { id: true } });
  if (!office) return { ok: false, error: "invalid", fieldErrors: { officeId: "required" } };
  // Five per ten minutes per address, counted in PostgreSQL so every app instance shares the limit.
  const limit = await consumeRateLimit(`feedback-anonymous:ip:${ip ?? "unknown"}`, 5, 10 * 60);
  if (!limit.ok) return { ok: false, error: "rate_limited" };
  const row = await db.feedback.create({
    data: { officeId: office.id, senderId: null, anonymous: true, kind: input.kind, message: input.message },
    select: { id: true },
  });
  return { ok: true, id: row.id };
}

/** Staff and supervisors answer once; a second answer at the same time gets "conflict". */
export async function answerFeedback(actor: Actor, input: z.output<typeof answerSchema>): Promise<{ ok: true } | Failure> {
  if (!can(actor.role, "feedback.answer")) return { ok: false, error: "forbidden" };
  const found = await db.feedback.findFirst({ where: { id: input.id, ...officeFeedbackWhere(actor) }, select: { id: true } });
  if (!found) return { ok: false, error: "not_found" };
  const result = await db.feedback.updateMany({
    where: { id: input.id, ...officeFeedbackWhere(actor), answeredAt: null },
    data: { answer: input.answer, answeredById: actor.userId, answeredAt: new Date() },
  });
  return result.count ? { ok: true } : { ok: false, error: "conflict" };
}
