import { describe, expect, it } from "vitest";
import { clientIpFrom } from "./client-ip";

describe("clientIpFrom", () => {
  it("ignores what the client wrote when no proxy is trusted", () => {
    // The client sent "1.2.3.4"; the server appended the address it really saw.
    expect(clientIpFrom("1.2.3.4, 198.51.100.9", null, 0)).toBe("198.51.100.9");
  });

  it("takes the address the outermost trusted proxy saw", () => {
    expect(clientIpFrom("1.2.3.4, 203.0.113.5, 10.0.0.2", null, 1)).toBe("203.0.113.5");
    expect(clientIpFrom("203.0.113.5, 10.0.0.2", null, 5)).toBe("203.0.113.5");
  });

  it("falls back to X-Real-IP, then to nothing", () => {
    expect(clientIpFrom(null, "192.0.2.1", 0)).toBe("192.0.2.1");
    expect(clientIpFrom("", null, 0)).toBeNull();
  });
});
