// Per-step latencies and outcomes of scripts/load-test.mjs, and the table it prints.

export function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length) - 1;
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))];
}

export class Stats {
  constructor() {
    this.steps = new Map();
  }

  row(step) {
    let row = this.steps.get(step);
    if (!row) this.steps.set(step, (row = { ok: [], errors: 0, unavailable: 0, reasons: new Map(), unavailableBodies: new Set() }));
    return row;
  }

  ok(step, ms) {
    this.row(step).ok.push(ms);
  }

  error(step, _ms, reason) {
    const row = this.row(step);
    row.errors += 1;
    row.reasons.set(reason, (row.reasons.get(reason) ?? 0) + 1);
  }

  /** A 503 + Retry-After answer; keeps the first few distinct bodies' headings for the report. */
  unavailable(step, _ms, body) {
    const row = this.row(step);
    row.unavailable += 1;
    const heading = body.match(/<h1[^>]*>([^<]*)</)?.[1] ?? body.match(/"error":"(\w+)"/)?.[1] ?? body.slice(0, 60);
    if (row.unavailableBodies.size < 3) row.unavailableBodies.add(heading);
  }

  get errors() {
    return [...this.steps.values()].reduce((n, r) => n + r.errors, 0);
  }

  get unavailableCount() {
    return [...this.steps.values()].reduce((n, r) => n + r.unavailable, 0);
  }

  table() {
    return [...this.steps].map(([step, r]) => {
      const sorted = [...r.ok].sort((a, b) => a - b);
      const f = (p) => Math.round(percentile(sorted, p));
      return { step, ok: sorted.length, errors: r.errors, "503": r.unavailable, "p50 ms": f(50), "p95 ms": f(95), "p99 ms": f(99), "max ms": Math.round(sorted.at(-1) ?? NaN) };
    });
  }

  reasons() {
    return [...this.steps].flatMap(([step, r]) => [...r.reasons].map(([reason, n]) => `${step}: ${reason} ×${n}`));
  }
}
