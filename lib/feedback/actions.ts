"use server";

import { action } from "@/lib/action";
import { answerFeedback, sendFeedback, sendPublicFeedback } from "./mutations";
import { answerSchema, feedbackSchema, publicFeedbackSchema } from "./schema";

export const sendFeedbackAction = action(
  { permission: "resident.self", schema: feedbackSchema, revalidate: ["/warga/kritik-saran"] },
  async ({ actor, input }) => {
    const result = await sendFeedback(actor, input);
    return result.ok ? { ok: true as const } : result;
  },
);

/** Signed-out visitors only; a signed-in resident uses the form on their own page. */
export const sendPublicFeedbackAction = action({ permission: "public", schema: publicFeedbackSchema }, async ({ input, ip }) => {
  const result = await sendPublicFeedback(input, ip);
  return result.ok ? { ok: true as const } : result;
});

export const answerFeedbackAction = action(
  { permission: "feedback.answer", schema: answerSchema, revalidate: ["/petugas/kritik-saran"] },
  ({ actor, input }) => answerFeedback(actor, input),
);
