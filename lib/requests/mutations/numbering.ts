import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { formatRegistrationNumber, numberingYear } from "../numbering";

/**
 * The next number of a per-office, per-year counter. One atomic upsert: concurrent callers queue
 * on the row lock, so no two get the same value and none is skipped unless a transaction rolls back.
 * Complaints use the same table with scope "complaint".
 */
export async function nextSequence(tx: Prisma.TransactionClient, officeId: string, scope: string, year: number): Promise<number> {
  const rows = await tx.$queryRaw<{ last: number }[]>`
    INSERT INTO sequences (office_id, scope, year, last) VALUES (${officeId}, ${scope}, ${year}, 1)
    ON CONFLICT (office_id, scope, year) DO UPDATE SET last = sequences.last + 1
    RETURNING last`;
  return Number(rows[0].last);
}

/** A fresh registration number for a request of `office` submitted at `at`, e.g. "PKS/2026/000123". */
export async function nextRegistrationNumber(
  tx: Prisma.TransactionClient,
  office: { id: string; code: string },
  at: Date = new Date(),
): Promise<string> {
  const year = numberingYear(at);
  return formatRegistrationNumber(office.code, year, await nextSequence(tx, office.id, "request", year));
}
