// Kritik & saran: a short message to the office, optionally anonymous. Messages are codes.
import { z } from "zod";

import { FEEDBACK_KINDS } from "./constants";

export { FEEDBACK_KINDS };

const message = z.string().trim().min(10, { error: "message_short" }).max(2000, { error: "too_long" });

export const feedbackSchema = z.object({
  kind: z.enum(FEEDBACK_KINDS, { error: "required" }),
  message,
  anonymous: z.boolean(),
});

/** Signed-out visitors: always anonymous; `website` is a honeypot that people never see or fill. */
export const publicFeedbackSchema = z.object({
  officeId: z.string({ error: "required" }).min(1, { error: "required" }),
  kind: z.enum(FEEDBACK_KINDS, { error: "required" }),
  message,
  website: z.string().max(0).optional(),
});

export const answerSchema = z.object({
  id: z.string().min(1),
  answer: z.string().trim().min(5, { error: "answer_short" }).max(2000, { error: "too_long" }),
});

export type FeedbackInput = z.input<typeof feedbackSchema>;
export type PublicFeedbackInput = z.input<typeof publicFeedbackSchema>;
export type AnswerInput = z.input<typeof answerSchema>;
