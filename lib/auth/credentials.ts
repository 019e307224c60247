import "server-only";
import { db } from "@/lib/db";
import { parseIdentifier } from "./identifier";
import { dummyPasswordHash, verifyPassword } from "./password";
import type { Role } from "./policy";

// Failed sign-ins are limited per account and per IP address, in the database so that every
// app instance shares the counters.
export const ACCOUNT_LIMIT = { failures: 5, windowMs: 15 * 60_000, lockMs: 15 * 60_000 };
export const IP_LIMIT = {
  failures: Number(process.env.LOGIN_IP_MAX_FAILURES ?? 20),
  windowMs: 15 * 60_000,
  lockMs: 15 * 60_000,
};

export type SignInResult =
  | { ok: true; user: { id: string; name: string; role: Role; officeId: string } }
  | { ok: false; error: "invalid" | "locked" | "inactive"; retryAfterMs?: number };

async function lockedFor(key: string, now: Date): Promise<number> {
  const row = await db.loginThrottle.findUnique({ where: { key } });
  return row?.lockedUntil && row.lockedUntil > now ? row.lockedUntil.getTime() - now.getTime() : 0;
}

async function recordFailure(key: string, limit: typeof ACCOUNT_LIMIT, now: Date) {
  const row = await db.loginThrottle.findUnique({ where: { key } });
  const windowExpired = !row || now.getTime() - row.windowStart.getTime() > limit.windowMs;
  const failures = windowExpired ? 1 : row.failures + 1;
  const lockedUntil = failures >= limit.failures ? new Date(now.getTime() + limit.lockMs) : null;
  await db.loginThrottle.upsert({
    where: { key },
    create: { key, failures, windowStart: now, lockedUntil },
    update: { failures, windowStart: windowExpired ? now : row.windowStart, lockedUntil },
  });
}

export async function checkCredentials(rawIdentifier: string, password: string, ip: string | null): Promise<SignInResult> {
  const now = new Date();
  const identifier = parseIdentifier(rawIdentifier);
  const accountKey = `acct:${identifier ? `${identifier.kind}:${identifier.value}` : rawIdentifier.trim().toLowerCase()}`;
  const ipKey = ip ? `ip:${ip}` : null;

  const wait = Math.max(await lockedFor(accountKey, now), ipKey ? await lockedFor(ipKey, now) : 0);
  if (wait > 0) return { ok: false, error: "locked", retryAfterMs: wait };

  const user = identifier
    ? await db.user.findFirst({
        where:
          identifier.kind === "nik"
            ? { profile: { nik: identifier.value } }
            : identifier.kind === "email"
              ? { email: identifier.value }
              : { phone: identifier.value },
        select: { id: true, name: true, role: true, officeId: true, active: true, passwordHash: true },
      })
    : null;

  // Always run one argon2 verification so unknown accounts answer as slowly as wrong passwords.
  const valid = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
  if (!user || !valid) {
    await recordFailure(accountKey, ACCOUNT_LIMIT, now);
    if (ipKey) await recordFailure(ipKey, IP_LIMIT, now);
    return { ok: false, error: "invalid" };
  }
  if (!user.active) return { ok: false, error: "inactive" };

  await db.loginThrottle.deleteMany({ where: { key: accountKey } });
  await db.user.update({ where: { id: user.id }, data: { lastLoginAt: now } });
  return { ok: true, user: { id: user.id, name: user.name, role: user.role, officeId: user.officeId } };
}
