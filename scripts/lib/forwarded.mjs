// Forwarding headers as the app may believe them. Next's own server only fills X-Forwarded-For
// when the client sent none (`??=` in next/dist/server/base-server.js), so a client talking to
// the app directly could name any address. scripts/serve.mjs rewrites the headers with this
// before Next sees the request:
// - X-Forwarded-For keeps only the rightmost TRUSTED_PROXY_HOPS entries (the ones our own proxies
//   appended) and then the socket address, so clientIpFrom() (lib/http/client-ip.ts) always
//   picks an address a trusted party recorded;
// - with no trusted proxy, X-Real-IP and X-Forwarded-Host/-Proto/-Port are dropped (Next then
//   fills them from the socket and the Host header).

/** "::ffff:10.0.0.1" → "10.0.0.1" (IPv4 clients on a dual-stack socket). */
export function plainAddress(address) {
  if (!address) return "";
  return address.startsWith("::ffff:") && address.includes(".") ? address.slice(7) : address;
}

export function trustedForwardedFor(incoming, socketAddress, hops) {
  const raw = Array.isArray(incoming) ? incoming.join(",") : (incoming ?? "");
  const chain = raw.split(",").map((s) => s.trim()).filter(Boolean);
  const trusted = hops > 0 ? chain.slice(-hops) : [];
  return [...trusted, plainAddress(socketAddress)].filter(Boolean).join(", ");
}

export function hopsFrom(env) {
  const n = Number(env.TRUSTED_PROXY_HOPS ?? 0);
  return Number.isInteger(n) && n >= 0 ? n : 0;
}

/** Rewrites `req.headers` in place (a Node IncomingMessage or anything with headers + socket). */
export function normalizeForwardingHeaders(req, hops) {
  req.headers["x-forwarded-for"] = trustedForwardedFor(req.headers["x-forwarded-for"], req.socket?.remoteAddress, hops);
  if (hops === 0) {
    delete req.headers["x-real-ip"];
    delete req.headers["x-forwarded-host"];
    delete req.headers["x-forwarded-proto"];
    delete req.headers["x-forwarded-port"];
  }
}
