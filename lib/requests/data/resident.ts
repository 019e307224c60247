import "server-only";
import type { Actor } from "@/lib/auth/types";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { RequestStatus } from "@/lib/generated/prisma/enums";
import { parseCorrections } from "../fields";
import { OPEN_STATUSES } from "../workflow";

/**
 * The requests a resident may see: those they filed, and those filed for them by a household
 * member or by staff at a desk (but not someone else's unsent draft). Everything else is "not found".
 */
export function ownRequestWhere(actor: Actor): Prisma.ServiceRequestWhereInput {
  if (actor.role !== "RESIDENT") return { id: "__none__" };
  const mine: Prisma.ServiceRequestWhereInput[] = [{ applicantId: actor.userId }];
  if (actor.residentId) mine.push({ residentId: actor.residentId, status: { not: "DRAFT" } });
  return { OR: mine };
}

/** The resident and the people on the same KK, for "who is this request for". */
export async function listHousehold(actor: Actor) {
  if (!actor.residentId) return [];
  const me = await db.residentProfile.findUnique({ where: { id: actor.residentId }, select: { kkNumber: true } });
  if (!me) return [];
  const people = await db.residentProfile.findMany({
    where: { kkNumber: me.kkNumber },
    orderBy: [{ birthDate: "asc" }],
    select: { id: true, fullName: true, birthDate: true, sex: true },
  });
  // Self first, then the others on the card.
  return people.sort((a, b) => Number(b.id === actor.residentId) - Number(a.id === actor.residentId));
}

/** An active service a resident can apply for, with what the form needs. */
export async function getServiceForApply(serviceId: string) {
  return db.service.findFirst({
    where: { id: serviceId, active: true, office: { active: true } },
    select: {
      id: true,
      name: true,
      slug: true,
      product: true,
      durationValue: true,
      durationUnit: true,
      feeRupiah: true,
      office: { select: { name: true, slug: true } },
      requirements: { where: { active: true }, orderBy: [{ position: "asc" }, { code: "asc" }], select: { id: true, label: true, kind: true } },
    },
  });
}

const summarySelect = {
  id: true,
  number: true,
  status: true,
  createdAt: true,
  submittedAt: true,
  dueAt: true,
  service: { select: { name: true } },
  resident: { select: { fullName: true } },
  relation: true,
} as const;

/** Requests still in motion (and drafts), newest first, for the resident's home page. */
export async function listOpenOwnRequests(actor: Actor, take = 5) {
  return db.serviceRequest.findMany({
    where: { AND: [ownRequestWhere(actor), { status: { in: ["DRAFT", ...OPEN_STATUSES] } }] },
    orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
    take,
    select: summarySelect,
  });
}

export type Cursor = { createdAt: Date; id: string };

export function encodeCursor(c: Cursor) {
  return `${c.createdAt.getTime()}_${c.id}`;
}
export function decodeCursor(value: string | undefined): Cursor | null {
  const match = value ? /^(\d{1,15})_([a-z0-9]{1,40})$/i.exec(value) : null;
  return match ? { createdAt: new Date(Number(match[1])), id: match[2] } : null;
}

/**
 * One page of the resident's history, keyset-paged on (createdAt, id). `after` goes to older
 * requests, `before` back to newer ones.
 */
export async function listOwnRequests(
  actor: Actor,
  opts: { status?: RequestStatus | null; after?: Cursor | null; before?: Cursor | null; pageSize?: number },
) {
  const pageSize = opts.pageSize ?? 10;
  const where: Prisma.ServiceRequestWhereInput[] = [ownRequestWhere(actor)];
  if (opts.status) where.push({ status: opts.status });
  const backwards = Boolean(opts.before);
  const cursor = opts.before ?? opts.after;
  if (cursor) {
    const cmp = backwards ? "gt" : "lt";
    where.push({ OR: [{ createdAt: { [cmp]: cursor.createdAt } }, { createdAt: cursor.createdAt, id: { [cmp]: cursor.id } }] });
  }
  const dir = backwards ? "asc" : "desc";
  const rows = await db.serviceRequest.findMany({
    where: { AND: where },
    orderBy: [{ createdAt: dir }, { id: dir }],
    take: pageSize + 1,
    select: summarySelect,
  });
  const hasMore = rows.length > pageSize;
  const items = rows.slice(0, pageSize);
  if (backwards) items.reverse();
  const first = items[0];
  const last = items[items.length - 1];
  return {
    items,
    next: last && (backwards || hasMore) ? encodeCursor(last) : null,
    prev: first && (backwards ? hasMore : Boolean(cursor)) ? encodeCursor(first) : null,
  };
}

/** Everything the resident's request pages show. Internal staff notes are never selected. */
export async function getOwnRequest(actor: Actor, id: string) {
  const row = await db.serviceRequest.findFirst({
    where: { AND: [{ id }, ownRequestWhere(actor)] },
    select: {
      id: true,
      number: true,
      status: true,
      relation: true,
      channel: true,
      data: true,
      corrections: true,
      createdAt: true,
      submittedAt: true,
      dueAt: true,
      pausedAt: true,
      completedAt: true,
      pickupNote: true,
      rejectReason: true,
      receivedAt: true,
      applicantId: true,
      version: true,
      resident: { select: { fullName: true } },
      resultFile: { select: { id: true, originalName: true, mime: true, size: true } },
      service: {
        select: {
          id: true,
          name: true,
          slug: true,
          product: true,
          digitalResult: true,
          durationValue: true,
          durationUnit: true,
          office: { select: { name: true, slug: true, address: true, phone: true, openTime: true, closeTime: true } },
          requirements: {
            where: { active: true },
            orderBy: [{ position: "asc" }, { code: "asc" }],
            select: { id: true, kind: true, code: true, label: true, description: true, required: true, fieldType: true, options: true, acceptTypes: true, maxSizeKb: true, example: true },
          },
        },
      },
      attachments: {
        orderBy: { createdAt: "asc" },
        select: { id: true, requirementId: true, current: true, createdAt: true, file: { select: { id: true, mime: true, size: true, originalName: true } } },
      },
      events: {
        where: { internal: false },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: { id: true, type: true, fromStatus: true, toStatus: true, note: true, createdAt: true },
      },
    },
  });
  if (!row) return null;
  return {
    ...row,
    data: (row.data && typeof row.data === "object" && !Array.isArray(row.data) ? row.data : {}) as Record<string, unknown>,
    corrections: parseCorrections(row.corrections),
    // The result is the resident's only once the request is completed.
    resultFile: row.status === "COMPLETED" ? row.resultFile : null,
    events: row.events.map((e) => ({ ...e, id: String(e.id) })),
  };
}

export type OwnRequest = NonNullable<Awaited<ReturnType<typeof getOwnRequest>>>;
