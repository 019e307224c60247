import { describe, expect, it } from "vitest";
import { clientIpFrom } from "@/lib/http/client-ip";
// @ts-expect-error plain ESM helper without types
import { normalizeForwardingHeaders, trustedForwardedFor } from "./forwarded.mjs";

type Req = { headers: Record<string, string | undefined>; socket: { remoteAddress: string } };
const request = (headers: Record<string, string>, remoteAddress: string): Req => ({ headers: { ...headers }, socket: { remoteAddress } });

/** The address the app ends up with for a request as it arrives at the socket. */
function seenIp(headers: Record<string, string>, remoteAddress: string, hops: number) {
  const req = request(headers, remoteAddress);
  normalizeForwardingHeaders(req, hops);
  return clientIpFrom(req.headers["x-forwarded-for"] ?? null, req.headers["x-real-ip"] ?? null, hops);
}

describe("forwarding headers", () => {
  it("with no trusted proxy, a forged X-Forwarded-For or X-Real-IP is ignored: the socket address counts", () => {
    expect(seenIp({ "x-forwarded-for": "1.2.3.4" }, "203.0.113.7", 0)).toBe("203.0.113.7");
    expect(seenIp({ "x-forwarded-for": "1.2.3.4, 5.6.7.8" }, "::ffff:203.0.113.7", 0)).toBe("203.0.113.7");
    expect(seenIp({ "x-real-ip": "1.2.3.4" }, "203.0.113.7", 0)).toBe("203.0.113.7");
    expect(seenIp({}, "2001:db8::1", 0)).toBe("2001:db8::1");
  });

  it("behind one trusted proxy, the address the proxy appended counts, not what the client wrote before it", () => {
    // client 198.51.100.9 forges "1.2.3.4"; the proxy (10.0.0.2) appends the real client address.
    expect(seenIp({ "x-forwarded-for": "1.2.3.4, 198.51.100.9" }, "10.0.0.2", 1)).toBe("198.51.100.9");
    expect(seenIp({ "x-forwarded-for": "198.51.100.9" }, "10.0.0.2", 1)).toBe("198.51.100.9");
    // two proxies (CDN, then load balancer)
    expect(seenIp({ "x-forwarded-for": "1.2.3.4, 198.51.100.9, 172.16.0.5" }, "10.0.0.2", 2)).toBe("198.51.100.9");
  });

  it("drops host and protocol claims unless a proxy is trusted", () => {
    const direct = request({ "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" }, "203.0.113.7");
    normalizeForwardingHeaders(direct, 0);
    expect(direct.headers["x-forwarded-host"]).toBeUndefined();
    expect(direct.headers["x-forwarded-proto"]).toBeUndefined();
    const proxied = request({ "x-forwarded-host": "layanan.example.go.id", "x-forwarded-proto": "https" }, "10.0.0.2");
    normalizeForwardingHeaders(proxied, 1);
    expect(proxied.headers["x-forwarded-proto"]).toBe("https");
    expect(trustedForwardedFor(["a, b", "c"], "10.0.0.2", 2)).toBe("b, c, 10.0.0.2");
  });
});
