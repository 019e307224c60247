// A small per-IP limit for signed-out kritik & saran, so a script cannot flood an office's list.
// In memory, per app instance: enough against casual abuse; with several instances the effective
// limit is multiplied by their number.
const WINDOW_MS = 10 * 60 * 1000;
const MAX_PER_WINDOW = 5;
const hits = new Map<string, number[]>();

export function allowAnonymousFeedback(ip: string | null, now = Date.now()): boolean {
  const key = ip ?? "unknown";
  const recent = (hits.get(key) ?? []).filter((t) => now - t < WINDOW_MS);
  if (recent.length >= MAX_PER_WINDOW) {
    hits.set(key, recent);
    return false;
  }
  recent.push(now);
  hits.set(key, recent);
  if (hits.size > 10_000) hits.clear(); // bounded memory under a flood of distinct addresses
  return true;
}
