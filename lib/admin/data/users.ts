import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/types";
import type { Prisma } from "@/lib/generated/prisma/client";
import { PAGE_SIZE, keysetWhere, pageDirection, toPage, type PageRequest } from "@/lib/paging/keyset";
import type { UserFilter } from "../schema";

/** Accounts of the admin's own office, paged by name, with search and filters. */
export async function listUsers(actor: Actor, filter: UserFilter & PageRequest) {
  const q = filter.q?.trim();
  const search: Prisma.UserWhereInput = q
    ? {
        OR: [
          { name: { contains: q, mode: "insensitive" } },
          { email: { contains: q.toLowerCase() } },
          { phone: { contains: q.replace(/\D/g, "") || q } },
        ],
      }
    : {};
  const { cursor, backwards } = pageDirection(filter);
  // A to Z by name; backwards reads Z to A and toPage flips the rows back.
  const keyset = keysetWhere("name", cursor ? { at: cursor.k, id: cursor.i } : null, backwards, "asc");
  const rows = await db.user.findMany({
    where: {
      AND: [
        { officeId: actor.officeId },
        filter.role ? { role: filter.role } : {},
        filter.status ? { active: filter.status === "active" } : {},
        search,
        keyset.where,
      ],
    },
    orderBy: keyset.orderBy,
    take: PAGE_SIZE + 1,
    select: {
      id: true, name: true, email: true, phone: true, role: true, active: true, lastLoginAt: true,
      units: { select: { unit: { select: { code: true } } } },
    },
  });
  return toPage(rows, PAGE_SIZE, backwards, Boolean(cursor), (r) => ({ k: r.name, i: r.id }));
}

/** One account of the admin's office; another office's account is null ("not found"). */
export async function getUserForAdmin(actor: Actor, userId: string) {
  return db.user.findFirst({
    where: { id: userId, officeId: actor.officeId },
    select: {
      id: true, name: true, email: true, phone: true, role: true, active: true, lastLoginAt: true, createdAt: true,
      units: { select: { unitId: true } },
      servicePoints: { select: { servicePointId: true } },
      profile: { select: { id: true } },
    },
  });
}

/**
 * What a deactivation would leave behind (issue 17): open requests assigned to the account, and
 * the colleagues of the office who could take them over.
 */
export async function openWorkOf(actor: Actor, userId: string) {
  const [openRequests, colleagues] = await Promise.all([
    db.serviceRequest.count({ where: { officeId: actor.officeId, assigneeId: userId, status: { in: ["SUBMITTED", "VERIFIED", "NEEDS_CORRECTION", "PROCESSING"] } } }),
    db.user.findMany({
      where: { officeId: actor.officeId, active: true, id: { not: userId }, role: { in: ["STAFF", "SUPERVISOR", "ADMIN"] } },
      orderBy: { name: "asc" },
      select: { id: true, name: true },
    }),
  ]);
  return { openRequests, colleagues };
}
