import { sendFeedbackOnce } from "@/lib/feedback/outbox";
import { outboxRoute } from "@/lib/idempotency/outbox-route";

// POST /api/feedback/submit: a signed-in resident's kritik & saran from the phone's outbox
// (multipart: kind, message, anonymous; header Idempotency-Key).
export const POST = outboxRoute((key, form) => sendFeedbackOnce(key)(form));
