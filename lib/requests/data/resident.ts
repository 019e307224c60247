import "server-only";
import type { Actor } from "@/lib/auth/types";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { RequestStatus } from "@/lib/generated/prisma/enums";
import { changedFieldsOf, correctionsAskedAt, flaggedSubjectFields, pendingSubjectCorrections, replacedDocuments } from "../corrections";
import { parseCorrections } from "../fields";
import { ownRequestWhere, subjectEditScope } from "../policy";
import { isSubjectField } from "../subject";
import { OPEN_STATUSES } from "../workflow";
import { RESIDENT_PAGE_SIZE, dateKey, datePageDirection, keysetWhere, toPage, type PageRequest } from "@/lib/paging/keyset";

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
      subjectTargets: true,
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
  subjectName: true,
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

/** How long a completed request keeps asking "have you received it?" on the home page. */
const CONFIRM_WINDOW_DAYS = 30;
const todoSelect = { id: true, number: true, dueAt: true, completedAt: true, service: { select: { name: true } } } as const;

/**
 * What the resident has to do or should know, for the banners on their home page: requests sent
 * back for correction, results waiting for "sudah diterima", requests past their promised date
 * (with the way to complain), and corrections sent and waiting for the office. A few of each.
 */
export async function residentTodos(actor: Actor, now = new Date(), take = 3) {
  const own = ownRequestWhere(actor);
  const [correction, confirm, overdue, resent] = await Promise.all([
    db.serviceRequest.findMany({ where: { AND: [own, { status: "NEEDS_CORRECTION" }] }, orderBy: [{ updatedAt: "desc" }, { id: "desc" }], take, select: todoSelect }),
    db.serviceRequest.findMany({
      where: {
        AND: [own, {
          status: "COMPLETED", receivedAt: null, collectedAt: null,
          completedAt: { gte: new Date(now.getTime() - CONFIRM_WINDOW_DAYS * 86_400_000) },
        }],
      },
      orderBy: [{ completedAt: "desc" }, { id: "desc" }], take, select: todoSelect,
    }),
    db.serviceRequest.findMany({
      where: { AND: [own, { status: { in: OPEN_STATUSES.filter((s) => s !== "NEEDS_CORRECTION") }, pausedAt: null, dueAt: { lt: now } }] },
      orderBy: [{ dueAt: "asc" }, { id: "asc" }], take, select: todoSelect,
    }),
    // Resubmitted after a correction and not yet picked up again by the office.
    db.serviceRequest.findMany({
      where: { AND: [own, { status: "SUBMITTED", events: { some: { type: "request.resubmitted" } } }] },
      orderBy: [{ updatedAt: "desc" }, { id: "desc" }], take, select: todoSelect,
    }),
  ]);
  const overdueIds = new Set(overdue.map((r) => r.id));
  return { correction, confirm, overdue, resent: resent.filter((r) => !overdueIds.has(r.id)) };
}

export type ResidentTodos = Awaited<ReturnType<typeof residentTodos>>;

/**
 * One page of the resident's history, keyset-paged on (createdAt, id). `after` goes to older
 * requests, `before` back to newer ones.
 */
export async function listOwnRequests(actor: Actor, opts: PageRequest & { status?: RequestStatus | null; pageSize?: number }) {
  const pageSize = opts.pageSize ?? RESIDENT_PAGE_SIZE;
  const { cursor, backwards } = datePageDirection(opts);
  const keyset = keysetWhere("createdAt", cursor, backwards);
  const where: Prisma.ServiceRequestWhereInput[] = [ownRequestWhere(actor), keyset.where];
  if (opts.status) where.push({ status: opts.status });
  const rows = await db.serviceRequest.findMany({ where: { AND: where }, orderBy: keyset.orderBy, take: pageSize + 1, select: summarySelect });
  return toPage(rows, pageSize, backwards, cursor !== null, (r) => dateKey(r.createdAt, r.id));
}

/**
 * Everything the resident's request pages show. Internal staff notes are never selected.
 * Prisma reads the request, its service, documents and history with one SELECT each: they run in
 * one REPEATABLE READ, read-only transaction, so a staff step committed meanwhile shows either
 * wholly or not at all (never a status that its history or documents contradict).
 */
export async function getOwnRequest(actor: Actor, id: string) {
  return db.$transaction(
    async (tx) => {
      await tx.$executeRaw`SET TRANSACTION READ ONLY`;
      return readOwnRequest(tx, actor, id);
    },
    { isolationLevel: "RepeatableRead" },
  );
}

type Reader = Pick<typeof db, "serviceRequest" | "requestEvent">;

async function readOwnRequest(db: Reader, actor: Actor, id: string) {
  const row = await db.serviceRequest.findFirst({
    where: { AND: [{ id }, ownRequestWhere(actor)] },
    select: {
      id: true,
      number: true,
      status: true,
      relation: true,
      subjectName: true,
      subjectNik: true,
      subjectRelation: true,
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
        select: { id: true, type: true, fromStatus: true, toStatus: true, note: true, data: true, createdAt: true },
      },
    },
  });
  if (!row) return null;
  const corrections = parseCorrections(row.corrections);
  // Internal events included: the rule is the server's (resubmitRequest), not what the timeline shows.
  const asked =
    row.status === "NEEDS_CORRECTION"
      ? await db.requestEvent.findFirst({
          where: { requestId: row.id, toStatus: "NEEDS_CORRECTION" },
          orderBy: [{ createdAt: "desc" }, { id: "desc" }],
          select: { createdAt: true },
        })
      : null;
  return {
    ...row,
    data: (row.data && typeof row.data === "object" && !Array.isArray(row.data) ? row.data : {}) as Record<string, unknown>,
    corrections,
    /** Codes of the flagged documents already replaced since staff asked (same rule as resubmitting). */
    replacedDocuments:
      row.status === "NEEDS_CORRECTION"
        ? replacedDocuments({
            corrections,
            requirements: row.service.requirements,
            attachments: row.attachments,
            since: correctionsAskedAt(asked?.createdAt, row.pausedAt),
          })
        : [],
    // The result is the resident's only once the request is completed.
    resultFile: row.status === "COMPLETED" ? row.resultFile : null,
    events: row.events.map((e) => ({ ...e, id: String(e.id) })),
  };
}

export type OwnRequest = NonNullable<Awaited<ReturnType<typeof getOwnRequest>>>;

/**
 * The "for whom" page of a request (issue 17): the current choice, what the service allows, and
 * what the resident may change now (subjectEditScope). null = not theirs; scope null = nothing to change.
 */
export async function getSubjectEdit(actor: Actor, id: string) {
  const row = await db.serviceRequest.findFirst({
    where: { AND: [{ id }, ownRequestWhere(actor)] },
    select: {
      id: true, status: true, applicantId: true, residentId: true, relation: true, subjectName: true, subjectNik: true, subjectRelation: true,
      corrections: true, pausedAt: true, service: { select: { name: true, subjectTargets: true } },
    },
  });
  if (!row) return null;
  const corrections = parseCorrections(row.corrections);
  const scope = subjectEditScope(actor, row, flaggedSubjectFields(corrections));
  let pending: string[] = [];
  if (scope?.mode === "correction") {
    const asked = await db.requestEvent.findFirst({ where: { requestId: id, toStatus: "NEEDS_CORRECTION" }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], select: { createdAt: true } });
    const since = correctionsAskedAt(asked?.createdAt, row.pausedAt);
    const changes = since ? await db.requestEvent.findMany({ where: { requestId: id, type: "request.subject_changed", createdAt: { gt: since } }, select: { data: true } }) : [];
    pending = Object.keys(pendingSubjectCorrections(corrections, changes.flatMap((e) => changedFieldsOf(e.data)), since));
  }
  return {
    id: row.id,
    status: row.status,
    serviceName: row.service.name,
    subjectTargets: row.service.subjectTargets,
    residentId: row.residentId,
    relation: row.relation,
    subject: { subjectName: row.subjectName ?? "", subjectNik: row.subjectNik ?? "", subjectRelation: row.subjectRelation ?? "" },
    scope,
    /** Staff's notes on the other person's fields, and which of them still wait for a change. */
    subjectCorrections: corrections.filter((c) => isSubjectField(c.requirementCode)).map((c) => ({ field: c.requirementCode!, message: c.message, pending: pending.includes(c.requirementCode!) })),
  };
}
