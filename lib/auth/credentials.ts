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

type Limit = typeof ACCOUNT_LIMIT;

/**
 * Takes one attempt for `key` before the password is checked, in one atomic statement
 * (INSERT … ON CONFLICT DO UPDATE … RETURNING): parallel attempts on any number of app instances
 * each get their own count, so a burst cannot slip more than `limit` guesses through a
 * read-then-write gap. The attempt that reaches the limit starts the lock; attempts during the lock
 * are counted but refused; an expired lock or window starts over at 1. A successful sign-in gives
 * the attempt back (`releaseAttempt`). Returns how long to wait, 0 when this attempt may proceed.
 */
async function takeAttempt(key: string, limit: Limit): Promise<number> {
  const windowSecs = limit.windowMs / 1000;
  const lockSecs = limit.lockMs / 1000;
  const rows = await db.$queryRaw<{ failures: number; wait_ms: number }[]>`
    WITH attempt AS (
      INSERT INTO login_throttles AS t (key, failures, window_start, locked_until, updated_at)
      VALUES (${key}, 1, now(), CASE WHEN 1 >= ${limit.failures} THEN now() + make_interval(secs => ${lockSecs}) END, now())
      ON CONFLICT (key) DO UPDATE SET
        failures = CASE WHEN t.locked_until <= now() OR (t.locked_until IS NULL AND t.window_start <= now() - make_interval(secs => ${windowSecs}))
                        THEN 1 ELSE t.failures + 1 END,
        window_start = CASE WHEN t.locked_until <= now() OR (t.locked_until IS NULL AND t.window_start <= now() - make_interval(secs => ${windowSecs}))
                            THEN now() ELSE t.window_start END,
        locked_until = CASE
          WHEN t.locked_until > now() THEN t.locked_until
          WHEN (CASE WHEN t.locked_until <= now() OR (t.locked_until IS NULL AND t.window_start <= now() - make_interval(secs => ${windowSecs}))
                     THEN 1 ELSE t.failures + 1 END) >= ${limit.failures}
            THEN now() + make_interval(secs => ${lockSecs})
          ELSE NULL END,
        updated_at = now()
      RETURNING t.failures, t.locked_until
    )
    SELECT failures, COALESCE(CEIL(EXTRACT(EPOCH FROM (locked_until - now())) * 1000), 0)::int AS wait_ms FROM attempt`;
  const row = rows[0];
  if (Math.random() < 0.01) void pruneLoginThrottles().catch(() => {});
  if (!row || row.failures <= limit.failures) return 0;
  return Math.max(1, row.wait_ms);
}

/** Gives back an attempt that turned out not to be a wrong password. */
async function releaseAttempt(key: string, limit: Limit) {
  await db.$executeRaw`
    UPDATE login_throttles
    SET failures = GREATEST(failures - 1, 0),
        locked_until = CASE WHEN failures - 1 < ${limit.failures} THEN NULL ELSE locked_until END,
        updated_at = now()
    WHERE key = ${key}`;
}

/** Counters whose window and lock ended more than a day ago carry no information any more. */
export async function pruneLoginThrottles(): Promise<number> {
  return db.$executeRaw`
    DELETE FROM login_throttles
    WHERE updated_at < now() - interval '1 day' AND (locked_until IS NULL OR locked_until < now())`;
}

export async function checkCredentials(rawIdentifier: string, password: string, ip: string | null): Promise<SignInResult> {
  const now = new Date();
  const identifier = parseIdentifier(rawIdentifier);
  const accountKey = `acct:${identifier ? `${identifier.kind}:${identifier.value}` : rawIdentifier.trim().toLowerCase()}`;
  const ipKey = ip ? `ip:${ip}` : null;

  const accountWait = await takeAttempt(accountKey, ACCOUNT_LIMIT);
  if (accountWait > 0) return { ok: false, error: "locked", retryAfterMs: accountWait };
  const ipWait = ipKey ? await takeAttempt(ipKey, IP_LIMIT) : 0;
  if (ipWait > 0) {
    await releaseAttempt(accountKey, ACCOUNT_LIMIT); // refused for the address, not a guess at this account
    return { ok: false, error: "locked", retryAfterMs: ipWait };
  }

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
  if (!user || !valid) return { ok: false, error: "invalid" }; // the attempts taken above stay counted
  if (ipKey) await releaseAttempt(ipKey, IP_LIMIT);
  if (!user.active) {
    await releaseAttempt(accountKey, ACCOUNT_LIMIT);
    return { ok: false, error: "inactive" };
  }

  await db.loginThrottle.deleteMany({ where: { key: accountKey } });
  await db.user.update({ where: { id: user.id }, data: { lastLoginAt: now } });
  return { ok: true, user: { id: user.id, name: user.name, role: user.role, officeId: user.officeId } };
}
