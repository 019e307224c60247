import { NextResponse } from "next/server";
import { fileComplaintOnce } from "@/lib/complaints/actions/outbox";
import { isSameOrigin } from "@/lib/http/same-origin";
import { IDEMPOTENCY_HEADER, parseIdempotencyKey } from "@/lib/idempotency/key";

// POST /api/complaints/submit: a resident's complaint from the phone's outbox (multipart, the
// same fields as the form, header Idempotency-Key). A route rather than a server action: the
// outbox may send it after a new deployment, when server action ids have changed.
export async function POST(request: Request) {
  if (!isSameOrigin(request)) {
    return NextResponse.json({ ok: false, error: "forbidden" }, { status: 403 });
  }
  const key = parseIdempotencyKey(request.headers.get(IDEMPOTENCY_HEADER));
  if (!key) return NextResponse.json({ ok: false, error: "invalid_input" }, { status: 400 });
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return NextResponse.json({ ok: false, error: "invalid_input" }, { status: 400 });
  }
  const result = await fileComplaintOnce(key)(form);
  const status = result.ok ? 200 : result.error === "forbidden" ? 403 : result.error === "rate_limited" ? 429 : result.error === "not_found" ? 404 : 422;
  return NextResponse.json(result, { status, headers: { "Cache-Control": "no-store" } });
}
