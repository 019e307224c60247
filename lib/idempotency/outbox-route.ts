import "server-only";
import { NextResponse } from "next/server";
import { isSameOrigin } from "@/lib/http/same-origin";
import { IDEMPOTENCY_HEADER, parseIdempotencyKey } from "./key";

type Answer = { ok: true } | { ok: false; error: string };

/**
 * The POST handler of a route the phone's outbox sends to (multipart form, header Idempotency-Key):
 * same-origin only, the key required, then `run(key, form)` — an action of the pipeline bound to
 * the key. Routes rather than server actions: the outbox may send after a new deployment, when
 * server action ids have changed. 5xx and 429 tell the outbox to keep the item and try again.
 */
export function outboxRoute(run: (key: string, form: FormData) => Promise<Answer>) {
  return async function POST(request: Request) {
    if (!isSameOrigin(request)) return NextResponse.json({ ok: false, error: "forbidden" }, { status: 403 });
    const key = parseIdempotencyKey(request.headers.get(IDEMPOTENCY_HEADER));
    if (!key) return NextResponse.json({ ok: false, error: "invalid_input" }, { status: 400 });
    let form: FormData;
    try {
      form = await request.formData();
    } catch {
      return NextResponse.json({ ok: false, error: "invalid_input" }, { status: 400 });
    }
    const result = await run(key, form);
    const status = result.ok ? 200 : result.error === "forbidden" ? 403 : result.error === "rate_limited" ? 429 : result.error === "not_found" ? 404 : 422;
    return NextResponse.json(result, { status, headers: { "Cache-Control": "no-store" } });
  };
}
