import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

// Exactly-once submissions (issue 16: a phone's outbox resends after a lost answer; issue 18's
// kill -9 test will reuse it for the request submit path). Used inside the transaction that
// creates the record: the first call with (scope, user, key) inserts the key row and, at the end
// of the same transaction, its answer; a repeat waits on the unique index until the first
// commits (or rolls back, when the repeat becomes the first) and then gets the stored answer.
// Nothing is kept in one process's memory, so any number of app instances agree.
export type IdempotencyRef = { scope: string; userId: string; key: string };
export type Claim<T> = { first: true } | { first: false; answer: T | null };

type Tx = Prisma.TransactionClient;

export async function claimKey<T>(tx: Tx, ref: IdempotencyRef): Promise<Claim<T>> {
  const { count } = await tx.idempotencyKey.createMany({ data: [ref], skipDuplicates: true });
  if (count === 1) return { first: true };
  const row = await tx.idempotencyKey.findUnique({ where: { scope_userId_key: ref }, select: { response: true } });
  return { first: false, answer: (row?.response ?? null) as T | null };
}

export async function rememberAnswer(tx: Tx, ref: IdempotencyRef, answer: Prisma.InputJsonValue): Promise<void> {
  await tx.idempotencyKey.update({ where: { scope_userId_key: ref }, data: { response: answer } });
}
