import "server-only";
import { action } from "@/lib/action";
import { sendFeedback } from "./mutations";
import { feedbackSchema } from "./schema";

/** The form's fields as the phone's outbox sends them (multipart): anonymous is "true" or absent. */
const feedbackForm = (raw: unknown) => {
  const form = raw as FormData;
  return { kind: form.get("kind") || undefined, message: String(form.get("message") ?? ""), anonymous: form.get("anonymous") === "true" };
};

/**
 * A resident's kritik & saran as the phone's outbox sends it (app/api/feedback/submit): the same
 * pipeline and schema as sendFeedbackAction, plus the submission's idempotency key.
 */
export function sendFeedbackOnce(idempotencyKey: string) {
  return action({ permission: "resident.self", schema: feedbackSchema, input: feedbackForm, revalidate: ["/warga/kritik-saran"] }, async ({ actor, input }) => {
    const result = await sendFeedback(actor, input, idempotencyKey);
    return result.ok ? { ok: true as const } : result;
  });
}
