import { FEEDBACK_KINDS } from "@/lib/feedback/constants";
import type { Codes } from "@/lib/forms/lean-form";

// Kritik & saran checks in the browser, without a schema library (issue 16). They mirror
// lib/feedback/schema.ts (the server's truth); feedback-rules.test.ts compares them.
export type FeedbackValues = { kind: string; message: string; anonymous: boolean; officeId: string; website: string };

export function feedbackCodes(v: FeedbackValues, isPublic: boolean): Codes<FeedbackValues> {
  const message = v.message.trim();
  return {
    ...(isPublic ? { officeId: v.officeId ? undefined : "required" } : {}),
    kind: (FEEDBACK_KINDS as readonly string[]).includes(v.kind) ? undefined : "required",
    message: message.length < 10 ? "message_short" : message.length > 2000 ? "too_long" : undefined,
  };
}
