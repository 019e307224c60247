// The one keyset-paging module. Paging on (sort value, id): stable under inserts, cheap on large
// tables. One cursor format: base64url of the JSON array [sortValue, id] (sort values as strings,
// dates as ISO strings). One URL vocabulary for staff and admin lists: ?after=… / ?before=….
// Lists moved here so far: admin users, audit log, staff resident directory, kritik & saran.

export type Cursor = { k: string; i: string };
export type PageRequest = { after?: string | null; before?: string | null };
export type Page<T> = { items: T[]; prev: string | null; next: string | null };

export const PAGE_SIZE = 25;

export function encodeCursor(k: string, i: string): string {
  return Buffer.from(JSON.stringify([k, i])).toString("base64url");
}

export function decodeCursor(value: string | null | undefined): Cursor | null {
  if (!value) return null;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, "base64url").toString("utf8"));
    if (Array.isArray(parsed) && parsed.length === 2 && typeof parsed[0] === "string" && typeof parsed[1] === "string") return { k: parsed[0], i: parsed[1] };
    // Links shared before the one format ({"k":…,"i":…}) keep working.
    if (parsed && typeof parsed === "object" && "k" in parsed && "i" in parsed) {
      const { k, i } = parsed as Record<string, unknown>;
      if (typeof k === "string" && typeof i === "string") return { k, i };
    }
  } catch {
    // Kritik & saran links shared before the one format ("iso-date|id"); anything else tampered
    // or truncated just means "first page".
    const [k, i, extra] = Buffer.from(value, "base64url").toString("utf8").split("|");
    if (k && i && extra === undefined && !Number.isNaN(Date.parse(k))) return { k, i };
  }
  return null;
}

/** Which way to read: forwards from `after` (or the start), or backwards from `before`. */
export function pageDirection(request: PageRequest): { cursor: Cursor | null; backwards: boolean } {
  const before = decodeCursor(request.before);
  if (before) return { cursor: before, backwards: true };
  return { cursor: decodeCursor(request.after), backwards: false };
}

/**
 * Turns `size + 1` rows read in the direction given into one page and the cursors around it.
 * Rows read backwards come in reverse order and are flipped back here.
 */
export function toPage<T>(rows: T[], size: number, backwards: boolean, hadCursor: boolean, keyOf: (row: T) => Cursor): Page<T> {
  const hasMore = rows.length > size;
  const slice = rows.slice(0, size);
  const items = backwards ? slice.reverse() : slice;
  const first = items[0];
  const last = items[items.length - 1];
  const cursorOf = (row: T | undefined) => (row ? encodeCursor(keyOf(row).k, keyOf(row).i) : null);
  if (backwards) return { items, prev: hasMore ? cursorOf(first) : null, next: cursorOf(last) };
  return { items, prev: hadCursor ? cursorOf(first) : null, next: hasMore ? cursorOf(last) : null };
}

/** Builds a list URL keeping the current filters and replacing the cursor. */
export function pageHref(path: string, filters: Record<string, string | undefined>, cursor: { after?: string | null; before?: string | null }): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value) params.set(key, value);
  if (cursor.after) params.set("after", cursor.after);
  if (cursor.before) params.set("before", cursor.before);
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}
