import { z } from "zod";

export const privacyRequestSchema = z.object({
  kind: z.enum(["CORRECTION", "WITHDRAW_CONSENT", "DELETION"], "kind_required"),
  details: z.string().trim().min(5, "details_short").max(2000, "too_long"),
});
export type PrivacyRequestInput = z.input<typeof privacyRequestSchema>;

export const answerPrivacySchema = z.object({
  requestId: z.string().min(1).max(40),
  status: z.enum(["DONE", "REJECTED"]),
  answer: z.string().trim().min(5, "details_short").max(2000, "too_long"),
});
