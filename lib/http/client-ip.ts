import "server-only";
import { headers } from "next/headers";

/**
 * The caller's address. `X-Forwarded-For` is written by whoever sent the request, so only the
 * entries added by our own proxies can be trusted: with TRUSTED_PROXY_HOPS=N the address is the
 * N-th entry from the right (the one the outermost trusted proxy saw); with 0, no proxy is trusted
 * and the rightmost entry (the one the server itself recorded) is used.
 */
export function clientIpFrom(forwardedFor: string | null, realIp: string | null, hops = trustedHops()): string | null {
  const chain = (forwardedFor ?? "").split(",").map((s) => s.trim()).filter(Boolean);
  if (chain.length === 0) return realIp?.trim() || null;
  const index = Math.max(0, chain.length - 1 - hops);
  return chain[index] ?? null;
}

export function trustedHops(): number {
  const n = Number(process.env.TRUSTED_PROXY_HOPS ?? 0);
  return Number.isInteger(n) && n >= 0 ? n : 0;
}

export async function clientIp(): Promise<string | null> {
  const h = await headers();
  return clientIpFrom(h.get("x-forwarded-for"), h.get("x-real-ip"));
}
