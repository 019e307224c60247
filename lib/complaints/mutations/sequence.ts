import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Next number of an office's yearly counter, in one atomic statement: concurrent submissions
 * each get their own number because the row lock serialises the increments.
 */
export async function nextSequence(tx: Prisma.TransactionClient, officeId: string, scope: string, year: number): Promise<number> {
  const rows = await tx.$queryRaw<{ last: number }[]>`
    INSERT INTO sequences (office_id, scope, year, last) VALUES (${officeId}, ${scope}, ${year}, 1)
    ON CONFLICT (office_id, scope, year) DO UPDATE SET last = sequences.last + 1
    RETURNING last`;
  return Number(rows[0].last);
}
