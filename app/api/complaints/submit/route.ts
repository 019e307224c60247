import { NextResponse } from "next/server";
import { fileComplaintOnce } from "@/lib/complaints/actions/outbox";
import { IDEMPOTENCY_HEADER, parseIdempotencyKey } from "@/lib/idempotency/key";

// POST /api/complaints/submit: a resident's complaint from the phone's outbox (multipart, the
// same fields as the form, header Idempotency-Key). A route rather than a server action: the
// outbox may send it after a new deployment, when server action ids have changed.
export async function POST(request: Request) {
  // Cookies go with any cross-site POST: accept only the app's own pages (server actions check this too).
  const site = request.headers.get("sec-fetch-site");
  const origin = request.headers.get("origin");
  if ((site && site !== "same-origin") || (origin && origin !== new URL(request.url).origin && origin !== forwardedOrigin(request))) {
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

function forwardedOrigin(request: Request): string | null {
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  const proto = request.headers.get("x-forwarded-proto") ?? new URL(request.url).protocol.replace(":", "");
  return host ? `${proto}://${host}` : null;
}
