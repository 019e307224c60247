// Rendered-page cache for signed-out visitors of the public pages (catalogue, service standards,
// statistics, news, FAQ, office pages), in front of Next's request handler (scripts/serve.mjs).
//
// Why here and not in Next: every page carries a Content-Security-Policy with a fresh nonce, which
// makes Next render each view anew (59 requests/s for the catalogue at 50 clients, issue 18). The
// cache keeps the HTML of one render, and every answer gets a fresh nonce again: the stored page
// is split at the render's nonce and joined with a new one, in the body and in the CSP and Link
// headers, so the policy stays as strict as on a rendered page.
//
// What is cached: GET of a page on the allow-list below, by a visitor without a session cookie,
// answered 200 with HTML and no Set-Cookie. Keyed by host, scheme, path with query, the language
// and "hemat data" cookies and the Save-Data header (the only inputs those pages read for a
// signed-out visitor). RSC fetches, server actions and HEAD pass through.
//
// How long: PUBLIC_CACHE_SECONDS (default 120, the data cache's lifetime too). Across instances:
// every change of a public cache tag (cache_versions, bumped by the actions that edit the
// catalogue, news, FAQ, offices) sends a NOTIFY from a trigger; each instance LISTENs and drops
// its pages at once. While that connection is down the lifetime alone bounds staleness, and on
// reconnecting the instance drops everything (it may have missed a change).
import crypto from "node:crypto";
import { promisify } from "node:util";
import zlib from "node:zlib";
import pg from "pg";

const gzip = promisify(zlib.gzip);

/** Pages whose signed-out view is the same for every visitor. */
export const CACHEABLE_PAGES = [
  /^\/$/,
  /^\/layanan(\/[^/]+){0,2}$/,
  /^\/kantor\/[^/]+$/,
  /^\/statistik$/,
  /^\/berita(\/[^/]+){0,2}$/,
  /^\/bantuan$/,
];

// Names shared with the app (checked by page-cache.test.ts): i18n/config LOCALE_COOKIE,
// lib/preferences/data-saver DATA_SAVER_COOKIE, Auth.js's session cookie.
export const LOCALE_COOKIE = "NEXT_LOCALE";
export const DATA_SAVER_COOKIE = "hemat_data";
const SESSION_COOKIE = /(?:^|;\s*)(?:__Secure-)?authjs\.session-token(?:\.\d+)?=/;
const NEXT_CLIENT_HEADERS = ["rsc", "next-action", "next-router-prefetch", "next-router-state-tree", "next-router-segment-prefetch"];
const NONCE = /'nonce-([A-Za-z0-9+/=]+)'/;
const MAX_BODY = 1024 * 1024;
const DROPPED_HEADERS = new Set(["date", "connection", "keep-alive", "transfer-encoding", "content-length", "content-encoding"]);

function cookie(header, name) {
  const m = header?.match(new RegExp(`(?:^|;\\s*)${name}=([^;]*)`));
  return m ? m[1] : "";
}

/** The cache key of a request, or null when its answer must not come from (or go into) the cache. */
export function pageKey(req) {
  if (req.method !== "GET") return null;
  const url = req.url ?? "/";
  const q = url.indexOf("?");
  const pathname = q === -1 ? url : url.slice(0, q);
  if (!CACHEABLE_PAGES.some((re) => re.test(pathname))) return null;
  if (url.includes("_rsc=") || NEXT_CLIENT_HEADERS.some((h) => req.headers[h] !== undefined)) return null;
  const cookies = req.headers.cookie;
  if (cookies && SESSION_COOKIE.test(cookies)) return null;
  const proto = req.headers["x-forwarded-proto"] === "https" ? "https" : "http";
  return [req.headers.host ?? "", proto, url, cookie(cookies, LOCALE_COOKIE), cookie(cookies, DATA_SAVER_COOKIE), req.headers["save-data"] ?? ""].join("\u0000");
}

/** True when the client takes gzip (a `gzip` token without q=0). */
export function acceptsGzip(header) {
  if (!header) return false;
  return String(header)
    .split(",")
    .some((part) => {
      const [token, ...params] = part.trim().toLowerCase().split(";");
      if (token.trim() !== "gzip") return false;
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      return !q || Number(q.slice(2)) > 0;
    });
}

/** A fresh nonce in the app's own format (lib/proxy: base64 of a random UUID). */
export const freshNonce = () => Buffer.from(crypto.randomUUID()).toString("base64");

/**
 * A stored answer from a captured one, or null when it must not be stored: not 200, not HTML,
 * sets a cookie, carries no nonce to replace, or is too large.
 */
export function entryFrom({ status, headers, body }) {
  if (status !== 200 || body.length === 0 || body.length > MAX_BODY) return null;
  if (!String(headers["content-type"] ?? "").startsWith("text/html")) return null;
  if (headers["set-cookie"] !== undefined || headers["content-encoding"] !== undefined) return null;
  const nonce = String(headers["content-security-policy"] ?? "").match(NONCE)?.[1];
  if (!nonce) return null;
  const kept = Object.entries(headers)
    .filter(([name]) => !DROPPED_HEADERS.has(name))
    .map(([name, value]) => [name, Array.isArray(value) ? value.map(String) : String(value)]);
  return { parts: body.toString("utf8").split(nonce), headers: kept.map(([name, value]) => [name, Array.isArray(value) ? value.map((v) => v.split(nonce)) : value.split(nonce)]) };
}

/** The stored answer with `nonce` in every place the render's nonce stood. */
export function render(entry, nonce) {
  const headers = {};
  for (const [name, value] of entry.headers) headers[name] = typeof value[0] === "string" ? value.join(nonce) : value.map((v) => v.join(nonce));
  return { headers, body: Buffer.from(entry.parts.join(nonce), "utf8") };
}

/**
 * Listens for cache_versions changes (or another `channel`) on its own connection, reconnecting every
 * `retryMs` while the database is away; `onChange(kind, payload)` runs for every change and after
 * every reconnect (kind "reconnect": changes may have been missed).
 */
export function watchCacheVersions({ databaseUrl, onChange, channel = "cache_versions", retryMs = 2000, log = () => {} }) {
  let client = null;
  let stopped = false;
  let timer = null;
  let everConnected = false;
  async function connect() {
    if (stopped) return;
    const c = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 5000 });
    const retry = () => {
      if (stopped || timer) return;
      c.removeAllListeners("notification");
      c.end().catch(() => {});
      if (client === c) client = null;
      timer = setTimeout(() => {
        timer = null;
        connect();
      }, retryMs);
      timer.unref?.();
    };
    c.on("error", retry);
    c.on("end", retry);
    try {
      await c.connect();
      c.on("notification", (n) => onChange("notify", n.payload ?? ""));
      await c.query(`LISTEN ${channel}`);
      client = c;
      if (everConnected) onChange("reconnect");
      everConnected = true;
    } catch (e) {
      log(`[${channel}] cannot listen for changes (${e.message}); retrying`);
      retry();
    }
  }
  connect();
  return {
    listening: () => client !== null,
    async close() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await client?.end().catch(() => {});
    },
  };
}

/**
 * The cache: `serve(req, res, next)` answers from it or calls `next(req, res)` (Next's handler
 * behind the outage guard) and keeps what that answered when it may.
 */
export function createPageCache({ seconds = 120, maxEntries = 500, databaseUrl = process.env.DATABASE_URL, log = (m) => console.error(m), now = Date.now } = {}) {
  const entries = new Map(); // key → { parts, headers, expires }; Map order = least recently used first
  const filling = new Map(); // key → Promise of the render that will fill it
  let generation = 0; // bumped on every invalidation: a render that started before one is not kept
  const stats = { hits: 0, misses: 0, bypass: 0, invalidations: 0 };

  function clear() {
    entries.clear();
    generation += 1;
    stats.invalidations += 1;
  }
  const watcher = databaseUrl && seconds > 0 ? watchCacheVersions({ databaseUrl, onChange: clear, log }) : null;

  function lookup(key) {
    const entry = entries.get(key);
    if (!entry) return null;
    if (entry.expires <= now()) {
      entries.delete(key);
      return null;
    }
    entries.delete(key); // most recently used goes last
    entries.set(key, entry);
    return entry;
  }

  async function answer(req, res, entry) {
    stats.hits += 1;
    const { headers, body } = render(entry, freshNonce());
    let payload = body;
    if (acceptsGzip(req.headers["accept-encoding"])) {
      payload = await gzip(body, { level: 1 });
      headers["content-encoding"] = "gzip";
    }
    headers["content-length"] = String(payload.length);
    headers["x-page-cache"] = "hit";
    res.writeHead(200, headers);
    res.end(payload);
  }

  /** Lets Next answer this request and keeps a copy of the answer. */
  function fill(key, req, res, next) {
    const started = generation;
    // Next compresses when the client asks; the copy must be the plain HTML to put a nonce in.
    delete req.headers["accept-encoding"];
    const chunks = [];
    let size = 0;
    const write = res.write;
    const end = res.end;
    const keep = (chunk, encoding) => {
      if (chunk === undefined || chunk === null || typeof chunk === "function" || size > MAX_BODY) return;
      const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, typeof encoding === "string" ? encoding : "utf8");
      size += buf.length;
      chunks.push(buf);
    };
    res.write = function (chunk, encoding, cb) {
      keep(chunk, encoding);
      return write.call(this, chunk, encoding, cb);
    };
    res.end = function (chunk, encoding, cb) {
      keep(chunk, encoding);
      return end.call(this, chunk, encoding, cb);
    };
    res.setHeader("x-page-cache", "miss");
    const done = new Promise((resolve) => {
      res.once("finish", () => {
        const entry = started === generation ? entryFrom({ status: res.statusCode, headers: res.getHeaders(), body: Buffer.concat(chunks) }) : null;
        if (entry) {
          entry.expires = now() + seconds * 1000;
          entries.set(key, entry);
          while (entries.size > maxEntries) entries.delete(entries.keys().next().value);
        }
        resolve();
      });
      res.once("close", resolve); // the visitor went away before the end: nothing kept
    });
    filling.set(key, done);
    done.then(() => filling.delete(key));
    next(req, res);
  }

  async function serve(req, res, next) {
    const key = seconds > 0 ? pageKey(req) : null;
    if (key === null) {
      stats.bypass += 1;
      return next(req, res);
    }
    let entry = lookup(key);
    if (!entry && filling.has(key)) {
      // The same page is being rendered for another visitor right now: wait for that one render.
      await filling.get(key);
      entry = lookup(key);
    }
    if (entry) return answer(req, res, entry);
    stats.misses += 1;
    if (filling.has(key)) return next(req, res);
    return fill(key, req, res, next);
  }

  return { serve, clear, stats, size: () => entries.size, listening: () => watcher?.listening() ?? false, close: () => watcher?.close() };
}
