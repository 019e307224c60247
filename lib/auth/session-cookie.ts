import { decode } from "next-auth/jwt";
import type { JWT } from "next-auth/jwt";
import { authConfig } from "@/auth.config";

type SessionUser = { id: string; authTime: number };

const NAME = "authjs.session-token";
const SECURE_NAME = `__Secure-${NAME}`;

/** The secrets Auth.js itself signs with: AUTH_SECRET, and AUTH_SECRET_1..3 while rotating (newest first). */
export function authSecrets(env: Record<string, string | undefined> = process.env): string[] {
  const rotated = [3, 2, 1].map((i) => env[`AUTH_SECRET_${i}`]).filter((s): s is string => !!s);
  return [...rotated, ...(env.AUTH_SECRET ? [env.AUTH_SECRET] : [])];
}

/**
 * The session token in a Cookie header, joined from its chunks as Auth.js writes them when it is
 * long (name.0, name.1, …), with the name it was found under (its salt). `__Secure-` first: a
 * browser only stores that prefix from an https origin.
 */
export function sessionTokenOf(cookieHeader: string): { token: string; salt: string } | null {
  const jar = new Map<string, string>();
  for (const part of cookieHeader.split(";")) {
    const eq = part.indexOf("=");
    if (eq > 0) jar.set(part.slice(0, eq).trim(), part.slice(eq + 1).trim());
  }
  for (const name of [SECURE_NAME, NAME]) {
    const whole = jar.get(name);
    if (whole) return { token: whole, salt: name };
    const chunks: string[] = [];
    for (let i = 0; jar.has(`${name}.${i}`); i++) chunks.push(jar.get(`${name}.${i}`)!);
    if (chunks.length) return { token: chunks.join(""), salt: name };
  }
  return null;
}

/**
 * The signed-in user of a request, read straight from its session cookie: the same decryption
 * (next-auth/jwt `decode`, expiry checked) and the same callbacks (auth.config.ts) Auth.js's
 * `auth()` applies. Without arguments `auth()` runs Auth.js's whole session endpoint for every call
 * (a Request built, the token decrypted, re-encrypted into a cookie nobody can set from a page or an
 * action, a JSON Response parsed back), which was a large share of a booking's CPU at the 07:00
 * antrian rush. Returns undefined when the secret is not in the environment (the caller then asks
 * `auth()`), null when there is no valid session.
 */
export async function sessionUserFromCookie(cookieHeader: string, secrets = authSecrets()): Promise<SessionUser | null | undefined> {
  if (!secrets.length) return undefined;
  const found = sessionTokenOf(cookieHeader);
  if (!found) return null;
  let token: JWT | null;
  try {
    token = await decode({ token: found.token, secret: secrets, salt: found.salt });
  } catch {
    return null; // expired, tampered with, or signed with another secret: signed out, as Auth.js treats it
  }
  if (!token) return null;
  const { callbacks } = authConfig;
  const refreshed = callbacks.jwt({ token } as Parameters<typeof callbacks.jwt>[0]);
  const session = callbacks.session({ session: { user: {} }, token: refreshed } as unknown as Parameters<typeof callbacks.session>[0]);
  return session.user.id ? { id: session.user.id, authTime: session.user.authTime } : null;
}
