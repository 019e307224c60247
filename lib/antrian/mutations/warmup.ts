import "server-only";
import { claimPlace, readBookingContext } from "./booking-sql";
import { loadActor } from "@/lib/auth/actor";
import { jakartaDateKey, jakartaInstant } from "@/lib/calendar/working-days";
import { db, POOL_SIZE } from "@/lib/db";

// Started once per app instance by instrumentation.ts, in the background (never awaited: the server
// answers meanwhile). Measured on the 07:00 booking rush (`npm run bench -- antrian`, note of
// session 9): a fresh instance paid its first-use costs under the 500-wide burst — the pool's
// connections opened all at once (~150 ms for 10), each connection's first call of the PL/pgSQL
// booking functions, and the JavaScript of Prisma's query path and the booking code not yet
// optimised by V8 (the process was CPU-bound during the rush: p95 ~440–970 ms against ~25–60 ms warm).
// So the warm-up opens every connection of the pool (kept open by lib/db's `min`) and runs the
// booking's query shapes a few hundred times on all of them, read-only: the booking context for a
// resident who does not exist, the claim with no quota (answers at once, writes nothing) and the
// caller's look-up for a user who does not exist. A database not up yet only logs one line.

export type WarmUpResult = { ok: true; connections: number; calls: number; ms: number } | { ok: false; error: string; ms: number };

const NOBODY = "-warmup-";

/** Rounds × POOL_SIZE of each hot query shape; 10 rounds (≈ 300 calls) took ~150 ms and sufficed in the bench. */
export async function warmUp({ rounds = 10, log = (m: string) => console.log(m) }: { rounds?: number; log?: (m: string) => void } = {}): Promise<WarmUpResult> {
  const started = performance.now();
  const ms = () => Math.round(performance.now() - started);
  try {
    // POOL_SIZE queries at once, each holding its connection 20 ms: the pool opens all of them.
    await Promise.all(Array.from({ length: POOL_SIZE }, () => db.$queryRaw`SELECT pg_sleep(0.02)::text`));
    const services = await db.$queryRaw<{ id: string }[]>`SELECT id FROM queue_services ORDER BY id LIMIT 1`;
    const queueServiceId = services[0]?.id ?? NOBODY;
    const dayKey = jakartaDateKey(new Date());
    const day = new Date(`${dayKey}T00:00:00Z`);
    const slotStartsAt = jakartaInstant(dayKey, "00:00");
    let calls = 0;
    for (let r = 0; r < rounds; r++) {
      await Promise.all(
        Array.from({ length: POOL_SIZE }, async () => {
          const now = new Date();
          await readBookingContext({ queueServiceId, day, slotStartsAt, residentId: NOBODY, activeKey: NOBODY, requestId: null, now });
          await claimPlace({
            ticketId: NOBODY, slotRowId: NOBODY, officeId: NOBODY, queueServiceId, prefix: "-", day,
            slot: { startsAt: slotStartsAt, endsAt: slotStartsAt, quota: 0 }, quotaPerDay: 0,
            scope: NOBODY, year: now.getUTCFullYear(), code: NOBODY, residentId: NOBODY, userId: NOBODY, requestId: null, activeKey: NOBODY,
          });
          await loadActor(NOBODY);
          calls += 3;
        }),
      );
    }
    log(`[layanan-warga] warm-up: ${POOL_SIZE} database connections open, ${calls} booking queries run in ${ms()} ms`);
    return { ok: true, connections: POOL_SIZE, calls, ms: ms() };
  } catch (error) {
    const text = String((error as { message?: unknown })?.message ?? error).split("\n")[0].slice(0, 200);
    log(`[layanan-warga] warm-up skipped (database not reachable?): ${text}`);
    return { ok: false, error: text, ms: ms() };
  }
}
