import { describe, expect, it } from "vitest";
import { hashResetToken, newResetToken } from "./token";

describe("password reset tokens", () => {
  it("are random, URL-safe, and stored only as their sha256", () => {
    const a = newResetToken();
    const b = newResetToken();
    expect(a.token).not.toBe(b.token);
    expect(a.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(a.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(a.tokenHash).toBe(hashResetToken(a.token));
    expect(a.tokenHash).not.toContain(a.token);
  });
});
