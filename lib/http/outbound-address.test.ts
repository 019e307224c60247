import { describe, expect, it } from "vitest";
import { isAllowedAddress, loopbackAllowedByEnv } from "./outbound-address";

describe("isAllowedAddress", () => {
  it("allows public addresses", () => {
    for (const a of ["8.8.8.8", "103.10.20.30", "2606:4700:4700::1111", "[2001:4860:4860::8888]"]) expect(isAllowedAddress(a, false)).toBe(true);
  });

  it("refuses private, loopback, link-local (cloud metadata), CGNAT and mapped forms of them", () => {
    const inside = ["127.0.0.1", "10.1.2.3", "172.20.0.5", "192.168.1.1", "169.254.169.254", "100.64.0.1", "0.0.0.0", "::1", "::", "fd00::1", "fe80::1", "::ffff:127.0.0.1", "::ffff:7f00:1", "::ffff:a9fe:a9fe", "not-an-ip"];
    for (const a of inside) expect(isAllowedAddress(a, false), a).toBe(false);
  });

  it("the loopback exception opens loopback only, never the private network", () => {
    expect(isAllowedAddress("127.0.0.1", true)).toBe(true);
    expect(isAllowedAddress("::1", true)).toBe(true);
    expect(isAllowedAddress("::ffff:127.0.0.1", true)).toBe(true);
    for (const a of ["10.0.0.1", "192.168.0.10", "169.254.169.254"]) expect(isAllowedAddress(a, true), a).toBe(false);
  });

  it("a production process ignores the loopback setting", () => {
    expect(loopbackAllowedByEnv({ OUTBOUND_ALLOW_LOOPBACK: "1", NODE_ENV: "development" })).toBe(true);
    expect(loopbackAllowedByEnv({ OUTBOUND_ALLOW_LOOPBACK: "1", NODE_ENV: "production" })).toBe(false);
    expect(loopbackAllowedByEnv({ NODE_ENV: "test" })).toBe(false);
  });
});
