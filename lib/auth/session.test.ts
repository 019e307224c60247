import { describe, expect, it } from "vitest";
import { authConfig } from "@/auth.config";

type JwtArgs = Parameters<typeof authConfig.callbacks.jwt>[0];
type SessionArgs = Parameters<typeof authConfig.callbacks.session>[0];

describe("session token", () => {
  it("records when the session signed in, and keeps it when the cookie is re-issued", () => {
    const before = Date.now();
    const user = { id: "u1", name: "Siti", role: "RESIDENT" as const, officeId: "o1" };
    const token = authConfig.callbacks.jwt({ token: {}, user } as unknown as JwtArgs);
    expect(token.authTime).toBeGreaterThanOrEqual(before);
    // A later request re-issues the cookie without `user`: the sign-in time stays.
    const renewed = authConfig.callbacks.jwt({ token: { ...token, iat: 999 } } as unknown as JwtArgs);
    expect(renewed.authTime).toBe(token.authTime);
    const session = authConfig.callbacks.session({ session: { user: {} }, token: renewed } as unknown as SessionArgs);
    expect(session.user.authTime).toBe(token.authTime);
  });

  it("a token without a sign-in time counts as signed in at 0 (older than any password change)", () => {
    const session = authConfig.callbacks.session({ session: { user: {} }, token: { sub: "u1" } } as unknown as SessionArgs);
    expect(session.user.authTime).toBe(0);
  });
});
