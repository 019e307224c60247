export type Failure = { ok: false; error: "forbidden" | "not_found" | "conflict" | "invalid"; fieldErrors?: Record<string, string> };

export const forbidden: Failure = { ok: false, error: "forbidden" };
export const notFound: Failure = { ok: false, error: "not_found" };

/** Names of the fields whose value differs, for audit details without the values themselves. */
export function changedFields(before: Record<string, unknown>, after: Record<string, unknown>): string[] {
  return Object.keys(after).filter((key) => JSON.stringify(before[key] ?? null) !== JSON.stringify(after[key] ?? null));
}
