// Check-in window and the no-show block: pure rules on an office's queue settings.

export type QueueRules = {
  checkInBeforeMin: number;
  checkInAfterMin: number;
  noShowLimit: number;
  noShowWindowDays: number;
  blockDays: number;
};

export const DEFAULT_RULES: QueueRules = { checkInBeforeMin: 60, checkInAfterMin: 30, noShowLimit: 3, noShowWindowDays: 30, blockDays: 14 };

export type CheckInWindow = "early" | "open" | "late";

export function checkInWindow(now: Date, slotStartsAt: Date, rules: Pick<QueueRules, "checkInBeforeMin" | "checkInAfterMin">): CheckInWindow {
  const opens = slotStartsAt.getTime() - rules.checkInBeforeMin * 60_000;
  const closes = slotStartsAt.getTime() + rules.checkInAfterMin * 60_000;
  if (now.getTime() < opens) return "early";
  if (now.getTime() > closes) return "late";
  return "open";
}

/** When a booking that was never checked in counts as a no-show. */
export function expiresAt(slotStartsAt: Date, rules: Pick<QueueRules, "checkInAfterMin">): Date {
  return new Date(slotStartsAt.getTime() + rules.checkInAfterMin * 60_000);
}

/**
 * Blocked from booking online when `noShowLimit` no-shows fall inside any window of
 * `noShowWindowDays` that ends within the last `blockDays`: the block lasts `blockDays` from the
 * no-show that reached the limit.
 */
export function noShowBlock(noShows: readonly Date[], now: Date, rules: QueueRules): { blocked: false } | { blocked: true; until: Date } {
  if (rules.noShowLimit <= 0) return { blocked: false };
  const sorted = [...noShows].map((d) => d.getTime()).sort((a, b) => a - b);
  const windowMs = rules.noShowWindowDays * 86_400_000;
  let until = 0;
  for (let i = rules.noShowLimit - 1; i < sorted.length; i++) {
    if (sorted[i] - sorted[i - rules.noShowLimit + 1] <= windowMs) until = Math.max(until, sorted[i] + rules.blockDays * 86_400_000);
  }
  return until > now.getTime() ? { blocked: true, until: new Date(until) } : { blocked: false };
}
