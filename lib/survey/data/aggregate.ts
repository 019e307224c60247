// SQL aggregates of survey_responses: SUM and COUNT per unsur column, so the database does the work
// and a period of a million responses comes back as one row of eighteen numbers. The pure IKM module
// turns them into NRR, IKM and category. SUM/COUNT skip NULL, which is exactly "skipped answers are
// excluded". Takes the client as an argument (no server-only) so bench/ikm.ts measures this very code.
import { Prisma } from "@/lib/generated/prisma/client";
import { computeIkm, type IkmResult, type UnsurAggregate } from "../ikm";
import { UNSUR_CODES } from "../frame";

export type ResponseScope = {
  officeId: string;
  start: Date;
  end: Date;
  serviceId?: string | null;
  unitId?: string | null;
};

type RawRunner = { $queryRaw<T = unknown>(query: Prisma.Sql): Promise<T> };

export type AggregateRow = { n: bigint } & Record<`s${number}` | `c${number}`, bigint>;

const sums = Prisma.raw(
  UNSUR_CODES.map((_, i) => `COALESCE(SUM(u${i + 1}), 0)::bigint AS s${i + 1}, COUNT(u${i + 1})::bigint AS c${i + 1}`).join(", "),
);

/** WHERE clause shared by every survey aggregate: office, [start, end), optional service and unit. */
export function scopeWhere(scope: ResponseScope): Prisma.Sql {
  const parts = [
    Prisma.sql`office_id = ${scope.officeId}`,
    Prisma.sql`submitted_at >= ${scope.start}`,
    Prisma.sql`submitted_at < ${scope.end}`,
  ];
  if (scope.serviceId) parts.push(Prisma.sql`service_id = ${scope.serviceId}`);
  if (scope.unitId) parts.push(Prisma.sql`unit_id = ${scope.unitId}`);
  return Prisma.join(parts, " AND ");
}

/** The raw SQL of one period's aggregate (exported so the bench can time it without our code around it). */
export function aggregateSql(scope: ResponseScope): Prisma.Sql {
  return Prisma.sql`SELECT COUNT(*)::bigint AS n, ${sums} FROM survey_responses WHERE ${scopeWhere(scope)}`;
}

export function toAggregates(row: AggregateRow): UnsurAggregate[] {
  return UNSUR_CODES.map((code, i) => ({ code, sum: row[`s${i + 1}`], count: row[`c${i + 1}`] }));
}

export type IkmSummary = IkmResult & { respondents: number };

/** IKM of one scope, computed from the SQL aggregate. */
export async function ikmForScope(client: RawRunner, scope: ResponseScope): Promise<IkmSummary> {
  const [row] = await client.$queryRaw<AggregateRow[]>(aggregateSql(scope));
  return { ...computeIkm(toAggregates(row)), respondents: Number(row.n) };
}

/** IKM per service or per unit in one scope (one grouped query). */
export async function ikmGroupedBy(
  client: RawRunner,
  scope: ResponseScope,
  by: "service_id" | "unit_id",
): Promise<(IkmSummary & { id: string })[]> {
  const rows = await client.$queryRaw<(AggregateRow & { id: string })[]>(
    Prisma.sql`SELECT ${Prisma.raw(by)} AS id, COUNT(*)::bigint AS n, ${sums}
               FROM survey_responses WHERE ${scopeWhere(scope)} GROUP BY ${Prisma.raw(by)}`,
  );
  return rows.map((row) => ({ id: row.id, ...computeIkm(toAggregates(row)), respondents: Number(row.n) }));
}

/**
 * Monthly aggregates (Jakarta months, "YYYY-MM") for a trend. Sums and counts are additive, so
 * quarters, semesters and years are exact sums of these months.
 */
export async function monthlyAggregates(client: RawRunner, scope: ResponseScope): Promise<Map<string, AggregateRow>> {
  const rows = await client.$queryRaw<(AggregateRow & { month: string })[]>(
    Prisma.sql`SELECT to_char(submitted_at + interval '7 hours', 'YYYY-MM') AS month, COUNT(*)::bigint AS n, ${sums}
               FROM survey_responses WHERE ${scopeWhere(scope)} GROUP BY 1`,
  );
  return new Map(rows.map((row) => [row.month, row]));
}

/** Adds aggregate rows column by column (months into a quarter, and so on). */
export function sumAggregateRows(rows: readonly AggregateRow[]): AggregateRow {
  const out = { n: 0n } as AggregateRow;
  for (let i = 1; i <= 9; i++) {
    out[`s${i}`] = 0n;
    out[`c${i}`] = 0n;
  }
  for (const row of rows) {
    out.n += BigInt(row.n);
    for (let i = 1; i <= 9; i++) {
      out[`s${i}`] += BigInt(row[`s${i}`]);
      out[`c${i}`] += BigInt(row[`c${i}`]);
    }
  }
  return out;
}

export type ProfileCounts = Record<"sex" | "age_band" | "education" | "occupation", { value: string | null; count: number }[]>;

/** Respondent profile counts, all four dimensions in one query (GROUPING SETS). */
export async function profileCounts(client: RawRunner, scope: ResponseScope): Promise<ProfileCounts> {
  const rows = await client.$queryRaw<{ dim: string; value: string | null; n: bigint }[]>(
    Prisma.sql`SELECT CASE WHEN GROUPING(sex) = 0 THEN 'sex' WHEN GROUPING(age_band) = 0 THEN 'age_band'
                           WHEN GROUPING(education) = 0 THEN 'education' ELSE 'occupation' END AS dim,
                      COALESCE(sex::text, age_band, education, occupation) AS value, COUNT(*)::bigint AS n
               FROM survey_responses WHERE ${scopeWhere(scope)}
               GROUP BY GROUPING SETS ((sex), (age_band), (education), (occupation))`,
  );
  const out: ProfileCounts = { sex: [], age_band: [], education: [], occupation: [] };
  for (const row of rows) out[row.dim as keyof ProfileCounts].push({ value: row.value, count: Number(row.n) });
  return out;
}
