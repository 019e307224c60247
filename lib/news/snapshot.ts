// What a news revision records: the item as it read after the change, and which fields changed.
export const NEWS_FIELDS = ["title", "slug", "summary", "body", "category", "visibility", "status", "pinned", "showOnChildren", "publishAt", "expireAt", "coverFileId"] as const;
export type NewsField = (typeof NEWS_FIELDS)[number];
export type NewsSnapshot = Record<NewsField, string | boolean | null>;

export function toNewsSnapshot(row: Record<NewsField, unknown>): NewsSnapshot {
  const out = {} as NewsSnapshot;
  for (const f of NEWS_FIELDS) {
    const v = row[f];
    out[f] = v instanceof Date ? v.toISOString() : typeof v === "boolean" ? v : v == null ? null : String(v);
  }
  return out;
}

/** Fields that differ; every field for the first revision. */
export function changedFields<F extends string>(before: Record<F, unknown> | null, after: Record<F, unknown>, fields: readonly F[]): F[] {
  if (!before) return [...fields];
  return fields.filter((f) => (before[f] ?? null) !== (after[f] ?? null));
}
