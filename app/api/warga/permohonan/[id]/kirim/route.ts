import { outboxRoute } from "@/lib/idempotency/outbox-route";
import { sendRequestOnce } from "@/lib/requests/actions/outbox";

// POST /api/warga/permohonan/:id/kirim: the apply form's send from the phone's outbox (multipart:
// field values by requirement code; header Idempotency-Key). Who may send which request is the
// pipeline's (request.apply: residents) and the mutation's rule (own request, DRAFT or NEEDS_CORRECTION).
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return outboxRoute((key, form) => sendRequestOnce(id, key)(form))(request);
}
