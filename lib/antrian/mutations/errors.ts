import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";

export const isUniqueViolation = (e: unknown, field?: string) =>
  e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002" && (!field || JSON.stringify(e.meta ?? {}).includes(field));
