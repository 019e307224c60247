import { NextResponse } from "next/server";
import { sendFeedbackOnce } from "@/lib/feedback/outbox";
import { isSameOrigin } from "@/lib/http/same-origin";
import { IDEMPOTENCY_HEADER, parseIdempotencyKey } from "@/lib/idempotency/key";

// POST /api/feedback/submit: a signed-in resident's kritik & saran from the phone's outbox
// (multipart: kind, message, anonymous; header Idempotency-Key). A route rather than a server
// action, like the complaint outbox's: it may be sent after a new deployment changed action ids.
export async function POST(request: Request) {
  if (!isSameOrigin(request)) return NextResponse.json({ ok: false, error: "forbidden" }, { status: 403 });
  const key = parseIdempotencyKey(request.headers.get(IDEMPOTENCY_HEADER));
  if (!key) return NextResponse.json({ ok: false, error: "invalid_input" }, { status: 400 });
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return NextResponse.json({ ok: false, error: "invalid_input" }, { status: 400 });
  }
  const result = await sendFeedbackOnce(key)(form);
  const status = result.ok ? 200 : result.error === "forbidden" ? 403 : result.error === "rate_limited" ? 429 : 422;
  return NextResponse.json(result, { status, headers: { "Cache-Control": "no-store" } });
}
