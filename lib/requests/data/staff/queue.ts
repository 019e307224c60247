import "server-only";
import type { Actor } from "@/lib/auth/types";
import { db } from "@/lib/db";
import { maskNik } from "@/lib/residents/nik";
import type { QueueFilters } from "@/lib/requests/staff-schema";
import { requestScope, type QueueScope } from "@/lib/requests/policy";
import { boundariesFor, requestSla, type SlaBoundaries, type SlaState } from "@/lib/requests/sla";
import { cachedOfficeCalendar } from "@/lib/calendar/data";
import { queuePageSql, queueSearchCountSql, type PageRequest } from "./queue-sql";
import { PAGE_SIZE, dateKey, datePageDirection, toPage } from "@/lib/paging/keyset";

/** Back-office lists share one page size (lib/paging/keyset). */
export const QUEUE_PAGE_SIZE = PAGE_SIZE;

type RawRow = {
  id: string;
  number: string | null;
  status: string;
  channel: string;
  submittedAt: Date | null;
  dueAt: Date | null;
  pausedAt: Date | null;
  version: number;
  unitId: string;
  assigneeId: string | null;
  assigneeName: string | null;
  serviceName: string;
  residentName: string;
  residentNik: string;
  /** A person outside the KK the request is about (residentName is then the applicant). */
  subjectName: string | null;
  subjectNik: string | null;
};

/** A queue row as pages and exports see it: the NIK is already masked, the SLA already computed. */
export type QueueRow = Omit<RawRow, "residentNik" | "subjectNik"> & { residentNikMasked: string; subjectNikMasked: string | null; sla: SlaState | null };

export type QueuePage = { rows: QueueRow[]; nextCursor: string | null; prevCursor: string | null; boundaries: SlaBoundaries };

function toRow(raw: RawRow, b: SlaBoundaries): QueueRow {
  const { residentNik, subjectNik, ...rest } = raw;
  return { ...rest, residentNikMasked: maskNik(residentNik), subjectNikMasked: subjectNik ? maskNik(subjectNik) : null, sla: requestSla(raw, b) };
}

/** The office's SLA boundaries at `now` (calendar + warning threshold from the database). */
export async function officeBoundaries(officeId: string, now = new Date()): Promise<SlaBoundaries> {
  const calendar = await cachedOfficeCalendar(officeId, now);
  return boundariesFor(now, calendar.slaWarnDays, calendar);
}

/** One page of rows for an already-resolved scope; shared by the page, the export and the bench. */
export async function fetchQueueRows(scope: QueueScope, filters: QueueFilters, b: SlaBoundaries, page: PageRequest): Promise<{ rows: QueueRow[]; hasMore: boolean }> {
  const sql = queuePageSql(scope, filters, b, page);
  if (!sql) return { rows: [], hasMore: false };
  const raw = await db.$queryRaw<RawRow[]>(sql);
  const hasMore = raw.length > page.limit;
  const rows = raw.slice(0, page.limit).map((r) => toRow(r, b));
  return { rows, hasMore };
}

/**
 * The staff queue: the actor's units (or whole office for supervisors and admins), filtered, sorted
 * and paged by keyset on (sort column, id).
 */
export async function listQueue(actor: Actor, filters: QueueFilters, options: { now?: Date; limit?: number; boundaries?: SlaBoundaries } = {}): Promise<QueuePage> {
  const b = options.boundaries ?? (await officeBoundaries(actor.officeId, options.now));
  const limit = options.limit ?? QUEUE_PAGE_SIZE;
  const { cursor, backwards } = datePageDirection(filters);
  const sql = queuePageSql(requestScope(actor), filters, b, { limit, ...(backwards ? { before: cursor } : { after: cursor }) });
  const raw = sql ? await db.$queryRaw<RawRow[]>(sql) : [];
  const sortValue = (row: QueueRow) => (filters.sort.startsWith("due") ? row.dueAt : row.submittedAt);
  const page = toPage(raw.map((r) => toRow(r, b)), limit, backwards, cursor !== null, (row) => dateKey(sortValue(row), row.id));
  return { rows: page.items, nextCursor: page.next, prevCursor: page.prev, boundaries: b };
}

export const SEARCH_COUNT_CAP = 1000;

/** How many requests a search finds (shown above the results); null without a search term. */
export async function countQueueSearch(actor: Actor, filters: QueueFilters, now = new Date()): Promise<{ n: number; capped: boolean } | null> {
  if (!filters.q) return null;
  const sql = queueSearchCountSql(requestScope(actor), filters, await officeBoundaries(actor.officeId, now), SEARCH_COUNT_CAP);
  if (!sql) return { n: 0, capped: false };
  const [row] = await db.$queryRaw<{ n: number }[]>(sql);
  const n = row?.n ?? 0;
  return { n: Math.min(n, SEARCH_COUNT_CAP), capped: n > SEARCH_COUNT_CAP };
}
