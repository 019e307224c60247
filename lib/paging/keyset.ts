// The one keyset-paging module. Paging on (sort value, id): stable under inserts, cheap on large
// tables. One cursor format: base64url of the JSON array [sortValue, id] (sort values as strings,
// dates as ISO strings). One URL vocabulary per audience: back-office lists (/petugas, /admin,
// /pimpinan) use ?after=… / ?before=…, resident, account and public lists ?setelah=… / ?sebelum=….
// A cursor that does not decode (tampered, truncated, from another list) means "first page".
// Links saved before the one format and vocabulary keep opening the page they pointed at (see
// decodeCursor and pageRequestFrom for the old shapes).

export type Cursor = { k: string; i: string };
export type PageRequest = { after?: string | null; before?: string | null };
export type Page<T> = { items: T[]; prev: string | null; next: string | null };
export type Audience = "staff" | "resident";

/** Rows per page: one size for every back-office list, one for every resident-facing list. */
export const PAGE_SIZE = 25;
export const RESIDENT_PAGE_SIZE = 10;
export const PAGE_SIZES: Record<Audience, number> = { staff: PAGE_SIZE, resident: RESIDENT_PAGE_SIZE };

const PARAMS: Record<Audience, { after: string; before: string }> = {
  staff: { after: "after", before: "before" },
  resident: { after: "setelah", before: "sebelum" },
};

export function encodeCursor(k: string, i: string): string {
  return Buffer.from(JSON.stringify([k, i])).toString("base64url");
}

// Old raw cursors: "<epoch ms>_<id>" (inbox, dead letters, approval queue) and a bare bigint id
// (privacy log). Neither can be a cursor of the one format, whose base64url always starts "WyJ".
const LEGACY_TIME_ID = /^(\d{10,16})_([A-Za-z0-9-]{1,64})$/;
const LEGACY_ID = /^\d{1,19}$/;

function isLegacyRaw(value: string): boolean {
  return LEGACY_TIME_ID.test(value) || LEGACY_ID.test(value);
}

export function decodeCursor(value: string | null | undefined): Cursor | null {
  if (!value || value.length > 400) return null;
  const legacy = LEGACY_TIME_ID.exec(value);
  if (legacy) {
    const at = new Date(Number(legacy[1]));
    return Number.isNaN(at.getTime()) ? null : { k: at.toISOString(), i: legacy[2] };
  }
  if (LEGACY_ID.test(value)) return { k: "", i: value };
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, "base64url").toString("utf8"));
    if (Array.isArray(parsed) && parsed.length === 2 && typeof parsed[0] === "string" && typeof parsed[1] === "string") return { k: parsed[0], i: parsed[1] };
    // Links shared before the one format ({"k":…,"i":…} or the request queue's {"k":…,"id":…}) keep working.
    if (parsed && typeof parsed === "object") {
      const { k, i, id } = parsed as Record<string, unknown>;
      if (typeof k === "string" && typeof (i ?? id) === "string") return { k, i: String(i ?? id) };
    }
  } catch {
    // Kritik & saran links shared before the one format ("iso-date|id"); anything else tampered
    // or truncated just means "first page".
    const [k, i, extra] = Buffer.from(value, "base64url").toString("utf8").split("|");
    if (k && i && extra === undefined && !Number.isNaN(Date.parse(k))) return { k, i };
  }
  return null;
}

/** A cursor over a date column, or null when its sort value is not a date (→ first page). */
export function dateCursor(cursor: Cursor | null): { at: Date; id: string } | null {
  if (!cursor) return null;
  const at = new Date(cursor.k);
  return Number.isNaN(at.getTime()) ? null : { at, id: cursor.i };
}

export function dateKey(at: Date | null | undefined, id: string): Cursor {
  return { k: (at ?? new Date(0)).toISOString(), i: id };
}

/** Which way to read: forwards from `after` (or the start), or backwards from `before`. */
export function pageDirection(request: PageRequest): { cursor: Cursor | null; backwards: boolean } {
  const before = decodeCursor(request.before);
  if (before) return { cursor: before, backwards: true };
  return { cursor: decodeCursor(request.after), backwards: false };
}

/** Like pageDirection, for lists sorted on a date column: a cursor without a date reads the first page. */
export function datePageDirection(request: PageRequest): { cursor: { at: Date; id: string } | null; backwards: boolean } {
  const { cursor, backwards } = pageDirection(request);
  const at = dateCursor(cursor);
  return at ? { cursor: at, backwards } : { cursor: null, backwards: false };
}

type Cmp<V> = { lt: V } | { gt: V };
type Dir = "asc" | "desc";

/**
 * Prisma `where` and `orderBy` for a list sorted on (field, id), read forwards or backwards from
 * a cursor. `order` is the list's own direction; backwards reads run the other way (toPage flips).
 */
export function keysetWhere<F extends string, V>(field: F, cursor: { at: V; id: string } | null, backwards: boolean, order: Dir = "desc") {
  const readDesc = (order === "desc") !== backwards;
  const cmp = (v: V): Cmp<V> => (readDesc ? { lt: v } : { gt: v });
  const cmpId = (v: string): Cmp<string> => (readDesc ? { lt: v } : { gt: v });
  const dir: Dir = readDesc ? "desc" : "asc";
  const where = cursor
    ? { OR: [{ [field]: cmp(cursor.at) } as { [K in F]: Cmp<V> }, { [field]: cursor.at, id: cmpId(cursor.id) } as { [K in F]: V } & { id: Cmp<string> }] }
    : {};
  const orderBy = [{ [field]: dir } as { [K in F]: Dir }, { id: dir }];
  return { where, orderBy };
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

type SearchParams = Record<string, string | string[] | undefined> | URLSearchParams;

// Parameters of links saved before the one vocabulary. Each named the next (older) page: the
// resident complaint list's ?halaman=, the staff complaint queue's ?cursor=, and in the back office
// the ?setelah= (news, approvals) and ?sebelum= (dead letters) that now belong to residents.
const LEGACY_NEXT: Record<Audience, string[]> = { staff: ["cursor", "setelah", "sebelum"], resident: ["halaman"] };

/** The cursor parameters of a list URL in its audience's vocabulary (old links understood too). */
export function pageRequestFrom(params: SearchParams, audience: Audience): PageRequest {
  const get = (key: string) => {
    const value = params instanceof URLSearchParams ? params.get(key) : params[key];
    return (Array.isArray(value) ? value[0] : value) ?? undefined;
  };
  const after = get(PARAMS[audience].after);
  const before = get(PARAMS[audience].before);
  if (after || before) {
    // The inbox's old ?sebelum=<ms>_<id> meant "older than", which is now the next page.
    return before && !after && isLegacyRaw(before) ? { after: before } : { after, before };
  }
  const legacy = LEGACY_NEXT[audience].map(get).find(Boolean);
  return legacy ? { after: legacy } : { after, before };
}

/** Builds a list URL keeping the current filters and replacing the cursor. */
export function pageHref(path: string, filters: Record<string, string | undefined>, cursor: PageRequest, audience: Audience = "staff"): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value) params.set(key, value);
  if (cursor.after) params.set(PARAMS[audience].after, cursor.after);
  if (cursor.before) params.set(PARAMS[audience].before, cursor.before);
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}

/** The previous and next links of a page, for the shared Pagination component. */
export function pageLinks(path: string, filters: Record<string, string | undefined>, page: { prev: string | null; next: string | null }, audience: Audience = "staff") {
  return {
    prevHref: page.prev ? pageHref(path, filters, { before: page.prev }, audience) : null,
    nextHref: page.next ? pageHref(path, filters, { after: page.next }, audience) : null,
  };
}
