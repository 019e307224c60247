// While PostgreSQL is unreachable (restart, failover, network), the production server answers
// every page with a short "Layanan sedang gangguan, coba lagi sebentar" page and every API,
// server-action or RSC call with 503 + Retry-After, instead of the app's generic error page or a
// 500, and comes back by itself once the database answers. Used by scripts/serve.mjs.
// How it knows: an answer of the app with status ≥ 500 is held back until one probe (connect +
// SELECT 1, 2 s at most) has run; when the probe fails the answer is replaced and the instance is
// "away" — later requests are answered at once, without reaching the app, while a probe every
// second waits for the database. A 5xx with the database reachable is passed on unchanged.
import fs from "node:fs";
import path from "node:path";
import pg from "pg";

const RETRY_AFTER_SECONDS = 5;
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../..");

function words(locale) {
  const file = path.join(root, "messages", locale, "common.json");
  return JSON.parse(fs.readFileSync(file, "utf8")).unavailable;
}

const escape = (s) => s.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);

/** The whole page, inline styles only (the CSP allows no inline script, and none is needed). */
export function unavailablePage(locale) {
  const t = words(locale);
  return `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">` +
    `<meta http-equiv="refresh" content="${RETRY_AFTER_SECONDS * 2}"><title>${escape(t.title)}</title></head>` +
    `<body style="font-family:system-ui,sans-serif;margin:0;padding:4rem 1rem;color:#0f172a;background:#f8fafc">` +
    `<main role="alert" style="max-width:36rem;margin:0 auto;text-align:center"><h1 style="font-size:1.5rem">${escape(t.title)}</h1>` +
    `<p style="color:#475569">${escape(t.body)}</p>` +
    `<p><a href="" style="display:inline-block;margin-top:1rem;padding:.75rem 1.25rem;border-radius:.5rem;background:#1d4ed8;color:#fff;text-decoration:none">${escape(t.retry)}</a></p>` +
    `</main></body></html>`;
}

const localeOf = (req) => (/(?:^|;\s*)NEXT_LOCALE=en(?:;|$)/.test(req.headers.cookie ?? "") ? "en" : "id");

/** Build output, icons and the service worker need no database: never held back or refused. */
const needsNoDatabase = (url) => /^\/(_next\/static|icons|fonts)\//.test(url) || /^\/(sw\.js|favicon\.ico|manifest\.webmanifest|robots\.txt)(\?|$)/.test(url);

/** Pages get the HTML page; API routes, server actions and RSC fetches get JSON. */
function wantsJson(req) {
  return req.url.startsWith("/api/") || req.url.startsWith("/open311/") || Boolean(req.headers["next-action"]) || req.headers.rsc === "1";
}

export function createOutageGuard({ databaseUrl = process.env.DATABASE_URL, log = (m) => console.error(m) } = {}) {
  let away = false;
  let probing = null;
  let timer = null;

  async function reachable() {
    const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 2000, query_timeout: 2000 });
    client.on("error", () => {});
    try {
      await client.connect();
      await client.query("SELECT 1");
      return true;
    } catch {
      return false;
    } finally {
      client.end().catch(() => {});
    }
  }

  /** One probe at a time, shared by everyone who asks meanwhile. */
  function probe() {
    probing ??= reachable().then((ok) => {
      probing = null;
      if (ok && away) log("[layanan-warga] database reachable again");
      if (!ok && !away) log("[layanan-warga] database unreachable: answering 503 until it is back");
      away = !ok;
      if (away && !timer) {
        timer = setInterval(() => void probe(), 1000);
        timer.unref();
      } else if (!away && timer) {
        clearInterval(timer);
        timer = null;
      }
      return ok;
    });
    return probing;
  }

  function answer(req, res, { end = res.end.bind(res), writeHead = res.writeHead.bind(res) } = {}) {
    const json = wantsJson(req);
    const body = json ? JSON.stringify({ ok: false, error: "unavailable" }) : req.method === "HEAD" ? "" : unavailablePage(localeOf(req));
    for (const name of res.getHeaderNames()) res.removeHeader(name);
    writeHead(503, {
      "content-type": json ? "application/json; charset=utf-8" : "text/html; charset=utf-8",
      "retry-after": String(RETRY_AFTER_SECONDS),
      "cache-control": "no-store",
      // The app's headers come from next.config.ts, which this answer bypasses: the same rules here.
      "content-security-policy": "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
      "x-content-type-options": "nosniff",
      "referrer-policy": "strict-origin-when-cross-origin",
      "content-length": Buffer.byteLength(body),
    });
    end(body);
  }

  /** Wraps the app's handler. */
  return function guard(req, res, handle) {
    if (needsNoDatabase(req.url ?? "/")) return handle(req, res);
    if (away) return answer(req, res);

    // Hold back the app's answer only once it turns out to be a 5xx; anything else streams as usual.
    // The wrappers stay in place and pass through once decided (something else may have wrapped
    // them in turn, so they are never swapped back).
    const original = { write: res.write.bind(res), end: res.end.bind(res), writeHead: res.writeHead.bind(res), flushHeaders: res.flushHeaders.bind(res) };
    let state = "undecided"; // → "pass" | "held" | "replaced"
    const held = [];
    const decide = () => {
      if (state !== "undecided") return;
      if (res.statusCode < 500) {
        state = "pass";
        return;
      }
      state = "held";
      probe().then((ok) => {
        if (ok) {
          state = "pass";
          for (const [method, args] of held.splice(0)) original[method](...args);
        } else {
          state = "replaced";
          answer(req, res, original);
        }
      });
    };
    res.writeHead = (status, ...rest) => {
      if (state !== "undecided") return state === "pass" ? original.writeHead(status, ...rest) : res;
      // Deferred like setHeader: the status may still be replaced.
      res.statusCode = status;
      const headers = rest.find((r) => r && typeof r === "object");
      if (headers) for (const [k, v] of Array.isArray(headers) ? chunkPairs(headers) : Object.entries(headers)) res.setHeader(k, v);
      return res;
    };
    res.flushHeaders = () => {
      decide();
      if (state === "pass") original.flushHeaders();
    };
    res.write = (...args) => {
      decide();
      if (state === "pass") return original.write(...args);
      if (state === "held") held.push(["write", args]);
      return true;
    };
    res.end = (...args) => {
      decide();
      if (state === "pass") return original.end(...args);
      if (state === "held") held.push(["end", args]);
      return res;
    };
    return handle(req, res);
  };
}

function chunkPairs(flat) {
  const pairs = [];
  for (let i = 0; i < flat.length; i += 2) pairs.push([flat[i], flat[i + 1]]);
  return pairs;
}
