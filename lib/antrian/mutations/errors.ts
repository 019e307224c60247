import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";

/** Thrown inside a transaction to roll it back and answer with a code. */
export class QueueRefusal<E extends string> extends Error {
  constructor(readonly code: E) {
    super(code);
  }
}

export const isUniqueViolation = (e: unknown, field?: string) =>
  e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002" && (!field || JSON.stringify(e.meta ?? {}).includes(field));
