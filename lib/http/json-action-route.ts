import "server-only";
import { isSameOrigin } from "./same-origin";

type Answer = { ok: boolean; error?: string; retryAfterSeconds?: number };

const STATUS: Record<string, number> = { forbidden: 403, not_found: 404, rate_limited: 429, invalid_input: 422 };
const MAX_BODY = 16 * 1024;

/**
 * A POST route that runs one action of the pipeline (lib/action) with the JSON body as its input and
 * answers the action's result as JSON. For the few actions whose callers arrive all at once (the
 * 07:00 antrian rush): a route handler skips the server action's page machinery, which made one
 * booking cost ~20 ms of the server's CPU; who may call it, the schema, the rate limit and the
 * record rules are the action's, unchanged.
 * Same-origin pages only, and only `application/json` (a cross-site form cannot send that without a
 * CORS preflight, which this route never grants). A refusal by the domain (e.g. "quota_full") is 409.
 */
export function jsonActionRoute<R extends Answer>(run: (input: unknown) => Promise<R>, extraHeaders: (result: R) => Record<string, string> = () => ({})) {
  return async function POST(request: Request): Promise<Response> {
    if (!isSameOrigin(request)) return answer({ ok: false, error: "forbidden" }, 403);
    if (!(request.headers.get("content-type") ?? "").toLowerCase().startsWith("application/json")) return answer({ ok: false, error: "invalid_input" }, 415);
    const text = await request.text().catch(() => null);
    if (text === null || text.length > MAX_BODY) return answer({ ok: false, error: "invalid_input" }, 413);
    let input: unknown;
    try {
      input = JSON.parse(text);
    } catch {
      return answer({ ok: false, error: "invalid_input" }, 400);
    }
    const result = await run(input);
    const status = result.ok ? 200 : (STATUS[result.error ?? ""] ?? 409);
    const headers = extraHeaders(result);
    if (result.error === "rate_limited" && result.retryAfterSeconds) headers["Retry-After"] = String(result.retryAfterSeconds);
    return answer(result, status, headers);
  };
}

function answer(body: unknown, status: number, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json", "cache-control": "no-store", ...headers } });
}
