/**
 * Delay before retry number `attempt` (1 = after the first failure): exponential from `baseMs`,
 * capped at `capMs`, with "equal jitter" (half fixed, half random) so a burst of failures does not
 * come back as a burst of retries.
 */
export function retryDelayMs(attempt: number, { baseMs = 30_000, capMs = 3_600_000, random = Math.random } = {}): number {
  const exp = Math.min(capMs, baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(exp / 2 + random() * (exp / 2));
}
