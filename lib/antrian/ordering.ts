// The order in which waiting numbers are called. The priority lane (lansia, penyandang
// disabilitas, ibu hamil) goes first; an office may instead interleave one priority number after
// every N regular calls so the regular line is never starved. Within a lane: first in line first.

export type Candidate = { id: string; priority: boolean; queuedAt: Date };

/** priorityEvery = 0: the priority lane is always called first. */
export function preferPriority(priorityEvery: number, regularSinceLastPriority: number): boolean {
  return priorityEvery <= 0 || regularSinceLastPriority >= priorityEvery;
}

/** The next candidate under the rule; mirrors the ORDER BY of the call-next query. */
export function pickNext<T extends Candidate>(waiting: readonly T[], priorityEvery: number, regularSinceLastPriority: number): T | null {
  const byTime = [...waiting].sort((a, b) => a.queuedAt.getTime() - b.queuedAt.getTime() || a.id.localeCompare(b.id));
  if (preferPriority(priorityEvery, regularSinceLastPriority)) return byTime.find((c) => c.priority) ?? byTime[0] ?? null;
  return byTime[0] ?? null;
}

/**
 * Place in line of a checked-in booking: its slot start if it arrived early (so booking still
 * means something), else the moment it checked in.
 */
export function queuedAtForCheckIn(checkedInAt: Date, slotStartsAt: Date | null): Date {
  if (!slotStartsAt) return checkedInAt;
  return checkedInAt < slotStartsAt ? slotStartsAt : checkedInAt;
}
