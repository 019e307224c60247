import { Auth } from "@auth/core";
import { encode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { authConfig } from "@/auth.config";
import { authSecrets, sessionTokenOf, sessionUserFromCookie } from "./session-cookie";

const secret = "test-secret-test-secret-test-secret-0123";
const NAME = "authjs.session-token";
const token = { sub: "u1", name: "Siti", role: "RESIDENT", officeId: "o1", authTime: 1_700_000_000_000 };
const cookieFor = async (claims: Record<string, unknown>, opts: { name?: string; secret?: string; maxAge?: number } = {}) => {
  const name = opts.name ?? NAME;
  return `${name}=${await encode({ token: claims, secret: opts.secret ?? secret, salt: name, maxAge: opts.maxAge ?? 3600 })}`;
};

/** What Auth.js's own session endpoint (the one `auth()` runs) answers for the same cookie. */
async function authJsUser(cookie: string) {
  const res = await Auth(new Request("http://localhost/api/auth/session", { headers: { cookie } }), { ...authConfig, secret, basePath: "/api/auth", logger: { error: () => {} } });
  const body = (await res.json()) as { user?: { id: string; authTime: number } } | null;
  return body?.user ? { id: body.user.id, authTime: body.user.authTime } : null;
}

describe("reading the session cookie directly", () => {
  it("finds the same user and sign-in time as Auth.js's session endpoint", async () => {
    const cookie = `other=1; ${await cookieFor(token)}; theme=dark`;
    const direct = await sessionUserFromCookie(cookie, [secret]);
    expect(direct).toEqual({ id: "u1", authTime: token.authTime });
    expect(direct).toEqual(await authJsUser(cookie));
  });

  it("treats an expired, tampered or foreign-secret cookie as signed out, as Auth.js does", async () => {
    const expired = await cookieFor(token, { maxAge: -60 });
    const foreign = await cookieFor(token, { secret: "another-secret-another-secret-another-1" });
    const valid = await cookieFor(token);
    const tampered = valid.slice(0, -3) + (valid.endsWith("AAA") ? "BBB" : "AAA");
    for (const cookie of [expired, foreign, tampered, "", "authjs.session-token="]) {
      expect(await sessionUserFromCookie(cookie, [secret])).toBeNull();
      expect(await authJsUser(cookie)).toBeNull();
    }
  });

  it("accepts a cookie signed with the previous secret while it is being rotated", async () => {
    const cookie = await cookieFor(token, { secret: "old-secret-old-secret-old-secret-old-12" });
    const secrets = authSecrets({ AUTH_SECRET: "old-secret-old-secret-old-secret-old-12", AUTH_SECRET_1: secret });
    expect(secrets).toEqual([secret, "old-secret-old-secret-old-secret-old-12"]);
    expect(await sessionUserFromCookie(cookie, secrets)).toEqual({ id: "u1", authTime: token.authTime });
  });

  it("joins a chunked cookie and prefers the __Secure- one", async () => {
    const whole = (await cookieFor(token)).slice(NAME.length + 1);
    const chunked = `${NAME}.1=${whole.slice(100)}; ${NAME}.0=${whole.slice(0, 100)}`;
    expect(sessionTokenOf(chunked)).toEqual({ token: whole, salt: NAME });
    expect(await sessionUserFromCookie(chunked, [secret])).toEqual({ id: "u1", authTime: token.authTime });
    const secure = await cookieFor({ ...token, sub: "u2" }, { name: `__Secure-${NAME}` });
    expect(await sessionUserFromCookie(`${await cookieFor(token)}; ${secure}`, [secret])).toMatchObject({ id: "u2" });
  });

  it("leaves the decision to Auth.js when no secret is in the environment", async () => {
    expect(authSecrets({})).toEqual([]);
    expect(await sessionUserFromCookie(await cookieFor(token), [])).toBeUndefined();
  });
});
