import "server-only";
import { Prisma } from "@/lib/db";
import { formatRegistrationNumber, parseRegistrationNumber, SEQUENCE_DIGITS } from "@/lib/requests/numbering";
import { OPEN_STATUSES } from "@/lib/requests/workflow";
import type { QueueFilters } from "@/lib/requests/staff-schema";
import type { QueueScope } from "@/lib/requests/policy";
import { slaCondition, type SlaBoundaries } from "@/lib/requests/sla";

// The queue as one parameterised SQL statement. The list page, the export and the bench all run
// exactly this text, so what is measured is what users get, and a view and its export agree.

const OPEN: string[] = OPEN_STATUSES;

/** Jakarta calendar date "YYYY-MM-DD" → the instant of its midnight (WIB). */
function jakartaMidnight(key: string): Date {
  return new Date(`${key}T00:00:00+07:00`);
}

/** The day after a "YYYY-MM-DD" key, for half-open date ranges. */
function nextDayKey(key: string): string {
  return new Date(Date.parse(`${key}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

export type PageRequest = { limit: number; after?: { at: Date; id: string } | null; before?: { at: Date; id: string } | null };

const SORT_COLUMN = {
  submitted_desc: { column: Prisma.raw("r.submitted_at"), desc: true },
  submitted_asc: { column: Prisma.raw("r.submitted_at"), desc: false },
  due_asc: { column: Prisma.raw("r.due_at"), desc: false },
  due_desc: { column: Prisma.raw("r.due_at"), desc: true },
} as const;

/** Columns are `timestamp(3)` holding UTC; pass instants as UTC wall time so no session zone applies. */
export function ts(date: Date) {
  return Prisma.sql`${date.toISOString().replace("T", " ").replace("Z", "")}::timestamp`;
}

type SearchKind = { kind: "nik" | "number" | "name"; value: string } | { kind: "digits"; value: string; sequence: number | null; nikSuffix: string | null };

export function classifySearch(q: string): SearchKind {
  const text = q.trim();
  const digits = text.replace(/\s/g, "");
  if (/^\d{16}$/.test(digits)) return { kind: "nik", value: digits };
  // Only digits: the sequence of a registration number ("000017", "17") and/or the end of a NIK ("0002").
  if (/^\d{1,15}$/.test(digits)) {
    const sequence = digits.length <= 9 && Number(digits) > 0 ? Number(digits) : null;
    return { kind: "digits", value: digits, sequence, nikSuffix: digits.length >= 4 ? digits : null };
  }
  // Staff often type the sequence without its leading zeros ("pks/2026/123").
  const loose = /^([A-Za-z0-9]{2,10})\s*[/\-\s]\s*(\d{4})\s*[/\-\s]\s*(\d{1,9})$/.exec(text);
  const number = parseRegistrationNumber(text) ?? (loose ? { officeCode: loose[1], year: Number(loose[2]), sequence: Number(loose[3]) } : null);
  if (number && number.sequence > 0) return { kind: "number", value: formatRegistrationNumber(number.officeCode, number.year, number.sequence) };
  return { kind: "name", value: text };
}

/** WHERE conditions of a view, scope first. Returns null when the view cannot match anything. */
export function queueConditions(scope: QueueScope, f: QueueFilters, b: SlaBoundaries): Prisma.Sql[] | null {
  const where: Prisma.Sql[] = [Prisma.sql`r.office_id = ${scope.officeId}`];

  if (f.unit) {
    if (scope.unitIds && !scope.unitIds.includes(f.unit)) return null;
    where.push(Prisma.sql`r.unit_id = ${f.unit}`);
  } else if (scope.unitIds) {
    if (scope.unitIds.length === 0) return null;
    where.push(scope.unitIds.length === 1 ? Prisma.sql`r.unit_id = ${scope.unitIds[0]}` : Prisma.sql`r.unit_id = ANY(${scope.unitIds}::text[])`);
  }

  // An SLA state only exists while a request is open.
  let statuses: string[] | null =
    f.status === "all" ? null : f.status === "open" ? OPEN : [f.status];
  if (f.sla) statuses = (statuses ?? OPEN).filter((s) => OPEN.includes(s));
  if (statuses && statuses.length === 0) return null;
  if (statuses === null) where.push(Prisma.sql`r.status <> 'DRAFT'`);
  else if (statuses.length === 1) where.push(Prisma.sql`r.status = ${statuses[0]}::"RequestStatus"`);
  else where.push(Prisma.sql`r.status = ANY(${statuses}::"RequestStatus"[])`);

  if (f.sla) {
    const c = slaCondition(f.sla, b);
    if (c.paused) where.push(Prisma.sql`r.paused_at IS NOT NULL`);
    else {
      where.push(Prisma.sql`r.paused_at IS NULL`);
      if (c.dueBefore) where.push(Prisma.sql`r.due_at < ${ts(c.dueBefore)}`);
      if (c.dueFrom) where.push(Prisma.sql`r.due_at >= ${ts(c.dueFrom)}`);
      if (c.dueUntil) where.push(Prisma.sql`r.due_at <= ${ts(c.dueUntil)}`);
      if (c.dueAfter) where.push(Prisma.sql`r.due_at > ${ts(c.dueAfter)}`);
    }
  }

  if (f.assignee === "me") where.push(Prisma.sql`r.assignee_id = ${scope.userId}`);
  else if (f.assignee === "unassigned") where.push(Prisma.sql`r.assignee_id IS NULL`);
  // One colleague's requests; the office scope above keeps another office's id matching nothing.
  else if (f.assignee !== "any") where.push(Prisma.sql`r.assignee_id = ${f.assignee}`);
  if (f.doneFrom) where.push(Prisma.sql`r.completed_at >= ${ts(jakartaMidnight(f.doneFrom))}`);
  if (f.doneTo) where.push(Prisma.sql`r.completed_at < ${ts(jakartaMidnight(nextDayKey(f.doneTo)))}`);
  if (f.late) where.push(Prisma.sql`r.completed_at > r.due_at`);
  if (f.service) where.push(Prisma.sql`r.service_id = ${f.service}`);
  if (f.channel) where.push(Prisma.sql`r.channel = ${f.channel}::"Channel"`);
  if (f.from) where.push(Prisma.sql`r.submitted_at >= ${ts(jakartaMidnight(f.from))}`);
  if (f.to) where.push(Prisma.sql`r.submitted_at < ${ts(jakartaMidnight(nextDayKey(f.to)))}`);

  if (f.q) {
    const s = classifySearch(f.q);
    if (s.kind === "number") where.push(Prisma.sql`r.number = ${s.value}`);
    else if (s.kind === "digits") {
      const any: Prisma.Sql[] = [];
      // The office's numbers with that sequence in the last ten years: equality on the unique (office, number) index.
      if (s.sequence) {
        const padded = String(s.sequence).padStart(SEQUENCE_DIGITS, "0");
        const year = new Date().getUTCFullYear() + 1;
        any.push(Prisma.sql`r.number IN (SELECT upper(o.code) || '/' || y::text || '/' || ${padded} FROM offices o CROSS JOIN generate_series(${year - 10}::int, ${year}::int) y WHERE o.id = ${scope.officeId})`);
      }
      // The end of a NIK: the trigram index on resident_profiles.nik answers LIKE '%…'.
      if (s.nikSuffix) any.push(Prisma.sql`r.resident_id IN (SELECT p2.id FROM resident_profiles p2 WHERE p2.nik LIKE ${`%${s.nikSuffix}`})`);
      where.push(any.length === 1 ? any[0] : Prisma.sql`(${Prisma.join(any, " OR ")})`);
    }
    else if (s.kind === "nik") where.push(Prisma.sql`r.resident_id IN (SELECT p2.id FROM resident_profiles p2 WHERE p2.nik = ${s.value})`);
    else {
      const pattern = `%${s.value.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
      where.push(Prisma.sql`r.resident_id IN (SELECT p2.id FROM resident_profiles p2 WHERE p2.full_name ILIKE ${pattern})`);
    }
  }
  return where;
}

/** The page query: scope + filters + keyset position, `limit + 1` rows to know whether more follow. */
export function queuePageSql(scope: QueueScope, f: QueueFilters, b: SlaBoundaries, page: PageRequest): Prisma.Sql | null {
  const where = queueConditions(scope, f, b);
  if (!where) return null;
  const { column, desc } = SORT_COLUMN[f.sort];
  if (f.sort.startsWith("due")) where.push(Prisma.sql`${column} IS NOT NULL`);
  // Paging backwards reads in the opposite order; the caller flips the rows back.
  const backwards = !page.after && Boolean(page.before);
  const cursor = page.after ?? page.before ?? null;
  const readDesc = backwards ? !desc : desc;
  if (cursor) {
    const op = readDesc ? Prisma.raw("<") : Prisma.raw(">");
    where.push(Prisma.sql`(${column}, r.id) ${op} (${ts(cursor.at)}, ${cursor.id})`);
  }
  const dir = Prisma.raw(readDesc ? "DESC" : "ASC");
  // Rows are chosen (and limited) on the requests table alone, then the page's few rows are
  // joined to their names: the joins never run on every matching row.
  return Prisma.sql`
    SELECT r.id, r.number, r.status::text AS status, r.channel::text AS channel, r.submitted_at AS "submittedAt",
           r.due_at AS "dueAt", r.paused_at AS "pausedAt", r.version, r.unit_id AS "unitId", r.assignee_id AS "assigneeId",
           a.name AS "assigneeName", s.name AS "serviceName", p.full_name AS "residentName", p.nik AS "residentNik",
           r.subject_name AS "subjectName", r.subject_nik AS "subjectNik"
    FROM (
      SELECT r.id, r.number, r.status, r.channel, r.submitted_at, r.due_at, r.paused_at, r.version, r.unit_id,
             r.assignee_id, r.service_id, r.resident_id, r.subject_name, r.subject_nik
      FROM service_requests r
      WHERE ${Prisma.join(where, " AND ")}
      ORDER BY ${column} ${dir}, r.id ${dir}
      LIMIT ${page.limit + 1}
    ) r
    JOIN services s ON s.id = r.service_id
    JOIN resident_profiles p ON p.id = r.resident_id
    LEFT JOIN users a ON a.id = r.assignee_id
    ORDER BY ${column} ${dir}, r.id ${dir}`;
}

/** How many rows a view has (the staff home's counters, and the queue's result count of a search, capped). */
export function queueCountSql(scope: QueueScope, f: QueueFilters, b: SlaBoundaries): Prisma.Sql | null {
  const where = queueConditions(scope, f, b);
  if (!where) return null;
  return Prisma.sql`SELECT count(*)::int AS n FROM service_requests r WHERE ${Prisma.join(where, " AND ")}`;
}

/** The result count of a search, read up to `cap` + 1 rows so a broad term never counts millions. */
export function queueSearchCountSql(scope: QueueScope, f: QueueFilters, b: SlaBoundaries, cap: number): Prisma.Sql | null {
  const where = queueConditions(scope, f, b);
  if (!where) return null;
  return Prisma.sql`SELECT count(*)::int AS n FROM (SELECT 1 FROM service_requests r WHERE ${Prisma.join(where, " AND ")} LIMIT ${cap + 1}) x`;
}
