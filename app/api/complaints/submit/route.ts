import { fileComplaintOnce } from "@/lib/complaints/actions/outbox";
import { outboxRoute } from "@/lib/idempotency/outbox-route";

// POST /api/complaints/submit: a resident's complaint from the phone's outbox (multipart, the same
// fields as the form, header Idempotency-Key).
export const POST = outboxRoute((key, form) => fileComplaintOnce(key)(form));
