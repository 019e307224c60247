// Fetching a URL someone outside gave us (an Open311 client's media_url) without letting it reach
// our own network: http(s) only, every address checked at connect time (the DNS answer itself, so
// a rebinding name cannot slip through between check and connect), each redirect checked again,
// one deadline for the whole chain, and the body cut off at the size limit.
import dns from "node:dns";
import http from "node:http";
import https from "node:https";
import net from "node:net";
import { isAllowedAddress } from "./outbound-address";

export type OutboundFailure = "invalid_url" | "blocked_address" | "timeout" | "network" | "http_status" | "too_large" | "wrong_type" | "too_many_redirects";

export type OutboundResult =
  | { ok: true; bytes: Uint8Array; contentType: string; url: string }
  | { ok: false; reason: OutboundFailure; status?: number; /** Another attempt later may succeed (timeouts, 5xx). */ retryable: boolean };

export type OutboundOptions = {
  maxBytes: number;
  /** Decides on the Content-Type header before the body is read; the caller still checks the bytes. */
  acceptContentType: (contentType: string) => boolean;
  timeoutMs?: number;
  maxRedirects?: number;
  allowLoopback?: boolean;
};

class Blocked extends Error {
  code = "EBLOCKED";
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | dns.LookupAddress[], family?: number) => void;

function guardedLookup(allowLoopback: boolean) {
  return (hostname: string, options: dns.LookupOptions, callback: LookupCallback) => {
    dns.lookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, []);
      // Every answer must be public: a name that also resolves inside is refused altogether.
      if (!addresses.length || addresses.some((a) => !isAllowedAddress(a.address, allowLoopback))) return callback(new Blocked(hostname), []);
      if (options.all) callback(null, addresses);
      else callback(null, addresses[0].address, addresses[0].family);
    });
  };
}

function request(url: URL, signal: AbortSignal, allowLoopback: boolean): Promise<http.IncomingMessage> {
  return new Promise((resolve, reject) => {
    const client = url.protocol === "https:" ? https : http;
    const req = client.request(url, {
      method: "GET",
      agent: false,
      signal,
      lookup: guardedLookup(allowLoopback) as unknown as net.LookupFunction,
      headers: { "user-agent": "LayananWarga-Open311-media/1", accept: "image/*, application/pdf;q=0.5" },
    });
    req.on("response", resolve);
    req.on("error", reject);
    req.end();
  });
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

async function readCapped(res: http.IncomingMessage, maxBytes: number): Promise<Uint8Array | null> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of res) {
    total += (chunk as Buffer).byteLength;
    if (total > maxBytes) {
      res.destroy();
      return null;
    }
    chunks.push(chunk as Buffer);
  }
  return new Uint8Array(Buffer.concat(chunks));
}

export async function fetchOutside(raw: string, options: OutboundOptions): Promise<OutboundResult> {
  const maxRedirects = options.maxRedirects ?? 3;
  const allowLoopback = options.allowLoopback ?? false;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs ?? 10_000);
  const fail = (reason: OutboundFailure, retryable = false, status?: number): OutboundResult => ({ ok: false, reason, retryable, status });
  try {
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      return fail("invalid_url");
    }
    for (let hop = 0; ; hop++) {
      if (url.protocol !== "http:" && url.protocol !== "https:") return fail("invalid_url");
      if (url.username || url.password) return fail("invalid_url");
      // Literal addresses never reach the lookup hook.
      const host = url.hostname.replace(/^\[|\]$/g, "");
      if (net.isIP(host) && !isAllowedAddress(host, allowLoopback)) return fail("blocked_address");
      const res = await request(url, controller.signal, allowLoopback);
      const status = res.statusCode ?? 0;
      if (REDIRECTS.has(status)) {
        res.resume();
        const location = res.headers.location;
        if (!location) return fail("http_status", false, status);
        if (hop >= maxRedirects) return fail("too_many_redirects");
        const next = URL.canParse(location, url) ? new URL(location, url) : null;
        if (!next) return fail("invalid_url");
        url = next;
        continue;
      }
      if (status !== 200) {
        res.resume();
        return fail("http_status", status >= 500 || status === 429, status);
      }
      const declared = Number(res.headers["content-length"] ?? NaN);
      if (Number.isFinite(declared) && declared > options.maxBytes) {
        res.destroy();
        return fail("too_large");
      }
      const contentType = String(res.headers["content-type"] ?? "").split(";")[0].trim().toLowerCase();
      if (!options.acceptContentType(contentType)) {
        res.destroy();
        return fail("wrong_type");
      }
      const bytes = await readCapped(res, options.maxBytes);
      if (!bytes) return fail("too_large");
      return { ok: true, bytes, contentType, url: url.toString() };
    }
  } catch (error) {
    if (error instanceof Blocked || (error as { code?: string }).code === "EBLOCKED") return fail("blocked_address");
    if (controller.signal.aborted) return fail("timeout", true);
    return fail("network", true);
  } finally {
    clearTimeout(timer);
  }
}
