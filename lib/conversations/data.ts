import "server-only";
import { db, Prisma } from "@/lib/db";
import { PAGE_SIZE, dateKey, datePageDirection, toPage } from "@/lib/paging/keyset";
import { can } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/types";
import { parseCorrections } from "@/lib/requests/fields";
import { canSeeConversation, isStaff, residentLabelForStaff, type ConversationScopeRecord } from "./policy";
import { firstResponseState, type FirstResponseState } from "./sla";
import type { InboxFilters } from "./schema";
import type { TemplateValues } from "./template";

/** Back-office lists share one page size (lib/paging/keyset). */
export const INBOX_PAGE_SIZE = PAGE_SIZE;

export const scopeSelect = {
  id: true,
  officeId: true,
  kind: true,
  residentUserId: true,
  unitId: true,
  assigneeId: true,
} as const;

type ScopeRow = { id: string } & ConversationScopeRecord;

/** The conversation's scope fields if `actor` may see it; null (= 404) otherwise. */
export async function visibleConversation(actor: Actor, conversationId: string): Promise<ScopeRow | null> {
  if (!/^[a-z0-9]{10,40}$/i.test(conversationId)) return null;
  const row = await db.conversation.findUnique({ where: { id: conversationId }, select: scopeSelect });
  return row && canSeeConversation(actor, row) ? row : null;
}

export type Author = { kind: "me" } | { kind: "staff"; name: string } | { kind: "resident"; name: string | null } | { kind: "anonymous" } | { kind: "system" };

export type ThreadMessage = {
  id: string;
  seq: string;
  kind: "TEXT" | "INTERNAL" | "SYSTEM";
  author: Author;
  body: string;
  systemCode: string | null;
  systemArg: string | null;
  createdAt: string;
  attachments: { id: string; mime: string; name: string }[];
  waStatus: string | null;
};

const messageSelect = {
  id: true,
  seq: true,
  kind: true,
  authorKind: true,
  authorId: true,
  body: true,
  systemCode: true,
  systemArg: true,
  createdAt: true,
  waStatus: true,
  author: { select: { name: true } },
  attachments: { select: { file: { select: { id: true, mime: true, originalName: true } } } },
} as const;

type MessageRow = Prisma.ConversationMessageGetPayload<{ select: typeof messageSelect }>;

type Viewer = { actor: Actor; staff: boolean; anonymous: boolean; residentName: string | null };

function toThreadMessage(m: MessageRow, v: Viewer): ThreadMessage {
  let author: Author;
  if (m.authorKind === "SYSTEM" || m.kind === "SYSTEM") author = { kind: "system" };
  else if (m.authorId && m.authorId === v.actor.userId) author = { kind: "me" };
  else if (m.authorKind === "STAFF") author = { kind: "staff", name: m.author?.name ?? "" };
  else if (v.staff && v.anonymous) author = { kind: "anonymous" };
  else author = { kind: "resident", name: v.staff ? v.residentName : null };
  return {
    id: m.id,
    seq: m.seq.toString(),
    kind: m.kind,
    author,
    body: m.body,
    systemCode: m.systemCode,
    systemArg: m.systemArg,
    createdAt: m.createdAt.toISOString(),
    attachments: m.attachments.map((a) => ({ id: a.file.id, mime: a.file.mime, name: a.file.originalName })),
    waStatus: v.staff ? m.waStatus : null,
  };
}

/** What a viewer may read: residents never get internal notes, not even from the query. */
function messageWhere(conversationId: string, staff: boolean, afterSeq?: bigint): Prisma.ConversationMessageWhereInput {
  return {
    conversationId,
    ...(staff ? {} : { kind: { not: "INTERNAL" as const } }),
    ...(afterSeq !== undefined ? { seq: { gt: afterSeq } } : {}),
  };
}

const contextSelect = {
  ...scopeSelect,
  status: true,
  subject: true,
  channel: true,
  visitorName: true,
  visitorContact: true,
  firstResponseDueAt: true,
  firstRespondedAt: true,
  createdAt: true,
  assignee: { select: { id: true, name: true } },
  residentUser: { select: { name: true } },
  request: {
    select: {
      id: true,
      number: true,
      dueAt: true,
      corrections: true,
      status: true,
      service: { select: { name: true } },
      resident: { select: { fullName: true } },
    },
  },
  complaint: { select: { id: true, ticket: true, privacy: true, title: true, dueAt: true, category: { select: { name: true } } } },
} as const;

type ContextRow = Prisma.ConversationGetPayload<{ select: typeof contextSelect }>;

function viewerOf(actor: Actor, c: ContextRow): Viewer {
  const staff = isStaff(actor);
  const anonymous = c.complaint?.privacy === "ANONIM";
  const residentName = anonymous ? null : (c.request?.resident.fullName ?? c.residentUser?.name ?? c.visitorName ?? null);
  return { actor, staff, anonymous, residentName };
}

const jakartaDate = (d: Date) => new Intl.DateTimeFormat("id-ID", { timeZone: "Asia/Jakarta", day: "numeric", month: "long", year: "numeric" }).format(d);

/** Values for {nama}, {nomor}, {layanan}, {tenggat}, {yang_kurang}; an Anonim complainant's name is never among them. */
function templateValuesOf(c: ContextRow, v: Viewer): TemplateValues {
  return {
    nama: v.anonymous ? "Pelapor" : v.residentName,
    nomor: c.request?.number ?? c.complaint?.ticket ?? null,
    layanan: c.request?.service.name ?? c.complaint?.category.name ?? null,
    tenggat: c.request?.dueAt ? jakartaDate(c.request.dueAt) : c.complaint?.dueAt ? jakartaDate(c.complaint.dueAt) : null,
    yang_kurang: c.request ? parseCorrections(c.request.corrections).map((x) => x.message).join("; ") || null : null,
  };
}

export type Thread = NonNullable<Awaited<ReturnType<typeof getThread>>>;

/** A conversation with its latest messages, as the caller may see it; null = 404. */
export async function getThread(actor: Actor, conversationId: string, now = new Date()) {
  if (!/^[a-z0-9]{10,40}$/i.test(conversationId)) return null;
  const c = await db.conversation.findUnique({ where: { id: conversationId }, select: contextSelect });
  if (!c || !canSeeConversation(actor, c)) return null;
  const v = viewerOf(actor, c);
  const rows = await db.conversationMessage.findMany({ where: messageWhere(c.id, v.staff), orderBy: { seq: "desc" }, take: 200, select: messageSelect });
  rows.reverse();
  const read = await db.conversationRead.findUnique({ where: { conversationId_userId: { conversationId: c.id, userId: actor.userId } }, select: { lastReadAt: true } });
  const label = v.staff ? residentLabelForStaff({ anonymous: v.anonymous, residentName: v.residentName, visitorName: c.visitorName }) : null;
  return {
    id: c.id,
    kind: c.kind,
    status: c.status,
    subject: c.subject,
    channel: c.channel,
    staff: v.staff,
    resident: label,
    // A visitor's contact is what staff answer to; an account's contact stays on its profile.
    visitorContact: v.staff ? c.visitorContact : null,
    assignee: v.staff ? c.assignee : null,
    sla: v.staff ? firstResponseState(c, now) : null,
    firstResponseDueAt: v.staff ? (c.firstResponseDueAt?.toISOString() ?? null) : null,
    request: c.request ? { id: c.request.id, number: c.request.number, service: c.request.service.name } : null,
    complaint: c.complaint ? { id: c.complaint.id, ticket: c.complaint.ticket, title: c.complaint.title } : null,
    messages: rows.map((m) => toThreadMessage(m, v)),
    lastReadAt: read?.lastReadAt.toISOString() ?? null,
    templateValues: v.staff ? templateValuesOf(c, v) : {},
  };
}

/** Messages after `afterSeq` (live updates re-read through here); null = 404. */
export async function messagesAfter(actor: Actor, conversationId: string, afterSeq: bigint): Promise<ThreadMessage[] | null> {
  const c = await db.conversation.findUnique({ where: { id: conversationId }, select: contextSelect });
  if (!c || !canSeeConversation(actor, c)) return null;
  const v = viewerOf(actor, c);
  const rows = await db.conversationMessage.findMany({ where: messageWhere(c.id, v.staff, afterSeq), orderBy: { seq: "asc" }, take: 200, select: messageSelect });
  return rows.map((m) => toThreadMessage(m, v));
}

/** The thread of a request or complaint, if one was started and the caller may see it. */
export async function threadIdFor(actor: Actor, target: { requestId: string } | { complaintId: string }): Promise<string | null> {
  const row = await db.conversation.findUnique({
    where: "requestId" in target ? { requestId: target.requestId } : { complaintId: target.complaintId },
    select: scopeSelect,
  });
  return row && canSeeConversation(actor, row) ? row.id : null;
}

// ───────────── Inbox (staff) and lists (residents) ─────────────

/** Staff reach in SQL, the same rule as policy.canSeeConversation. */
function staffScopeSql(actor: Actor): Prisma.Sql {
  if (can(actor.role, "request.allUnits")) return Prisma.sql`c.office_id = ${actor.officeId}`;
  const units = actor.unitIds.length > 0 ? actor.unitIds : ["-"];
  return Prisma.sql`c.office_id = ${actor.officeId} AND (c.kind <> 'REQUEST'::"ConversationKind" OR c.unit_id = ANY(${units}::text[]) OR c.assignee_id = ${actor.userId})`;
}

type InboxSqlRow = {
  id: string;
  kind: "REQUEST" | "COMPLAINT" | "HELP";
  status: "OPEN" | "PENDING" | "RESOLVED";
  subject: string | null;
  channel: string;
  last_message_at: Date;
  first_response_due_at: Date | null;
  first_responded_at: Date | null;
  unread: boolean;
  assignee_name: string | null;
  assignee_id: string | null;
  reference: string | null;
  topic: string | null;
  anonymous: boolean;
  resident_name: string | null;
  visitor_name: string | null;
  preview: string | null;
  preview_kind: string | null;
};

export type InboxRow = {
  id: string;
  kind: InboxSqlRow["kind"];
  status: InboxSqlRow["status"];
  subject: string | null;
  channel: string;
  lastMessageAt: string;
  unread: boolean;
  assignee: string | null;
  mine: boolean;
  reference: string | null;
  topic: string | null;
  resident: ReturnType<typeof residentLabelForStaff>;
  preview: string | null;
  previewInternal: boolean;
  sla: FirstResponseState | null;
};

/**
 * The staff inbox: the office's conversations within the caller's reach, newest activity first,
 * keyset-paged on (last_message_at, id). An Anonim complainant's name is never selected.
 */
export async function listInbox(actor: Actor, filters: InboxFilters, now = new Date()) {
  if (!isStaff(actor)) return { rows: [] as InboxRow[], nextCursor: null as string | null, prevCursor: null as string | null };
  const where: Prisma.Sql[] = [staffScopeSql(actor)];
  if (filters.status) where.push(Prisma.sql`c.status = ${filters.status}::"ConversationStatus"`);
  if (filters.kind) where.push(Prisma.sql`c.kind = ${filters.kind}::"ConversationKind"`);
  if (filters.view === "mine") where.push(Prisma.sql`c.assignee_id = ${actor.userId}`);
  if (filters.view === "unassigned") where.push(Prisma.sql`c.assignee_id IS NULL`);
  if (filters.view === "unread") where.push(Prisma.sql`c.last_resident_message_at > COALESCE(r.last_read_at, 'epoch'::timestamp)`);
  if (filters.q) {
    const like = `%${filters.q.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
    where.push(Prisma.sql`(c.subject ILIKE ${like} OR c.visitor_name ILIKE ${like} OR c.visitor_contact ILIKE ${like} OR sr.number ILIKE ${like} OR co.ticket ILIKE ${like}
      OR (COALESCE(co.privacy::text, '') <> 'ANONIM' AND (rp.full_name ILIKE ${like} OR u.name ILIKE ${like})))`);
  }
  // Backwards (the previous page) reads the other way; toPage flips the rows back.
  const { cursor, backwards } = datePageDirection(filters);
  if (cursor) where.push(backwards ? Prisma.sql`(c.last_message_at, c.id) > (${cursor.at}, ${cursor.id})` : Prisma.sql`(c.last_message_at, c.id) < (${cursor.at}, ${cursor.id})`);
  const dir = Prisma.raw(backwards ? "ASC" : "DESC");

  const rows = await db.$queryRaw<InboxSqlRow[]>`
    SELECT c.id, c.kind, c.status, c.subject, c.channel::text AS channel, c.last_message_at, c.first_response_due_at, c.first_responded_at,
      (c.last_resident_message_at IS NOT NULL AND c.last_resident_message_at > COALESCE(r.last_read_at, 'epoch'::timestamp)) AS unread,
      a.name AS assignee_name, c.assignee_id,
      COALESCE(sr.number, co.ticket) AS reference,
      COALESCE(sv.name, co.title) AS topic,
      COALESCE(co.privacy::text = 'ANONIM', false) AS anonymous,
      CASE WHEN COALESCE(co.privacy::text, '') = 'ANONIM' THEN NULL ELSE COALESCE(rp.full_name, u.name) END AS resident_name,
      c.visitor_name,
      lm.body AS preview, lm.kind::text AS preview_kind
    FROM conversations c
    LEFT JOIN conversation_reads r ON r.conversation_id = c.id AND r.user_id = ${actor.userId}
    LEFT JOIN users a ON a.id = c.assignee_id
    LEFT JOIN users u ON u.id = c.resident_user_id
    LEFT JOIN service_requests sr ON sr.id = c.request_id
    LEFT JOIN services sv ON sv.id = sr.service_id
    LEFT JOIN resident_profiles rp ON rp.id = sr.resident_id
    LEFT JOIN complaints co ON co.id = c.complaint_id
    LEFT JOIN LATERAL (
      SELECT m.body, m.kind FROM conversation_messages m WHERE m.conversation_id = c.id ORDER BY m.seq DESC LIMIT 1
    ) lm ON true
    WHERE ${Prisma.join(where, " AND ")}
    ORDER BY c.last_message_at ${dir}, c.id ${dir}
    LIMIT ${INBOX_PAGE_SIZE + 1}`;
  const page = toPage(rows, INBOX_PAGE_SIZE, backwards, cursor !== null, (r) => dateKey(r.last_message_at, r.id));
  return {
    rows: page.items.map(
      (r): InboxRow => ({
        id: r.id,
        kind: r.kind,
        status: r.status,
        subject: r.subject,
        channel: r.channel,
        lastMessageAt: r.last_message_at.toISOString(),
        unread: r.unread,
        assignee: r.assignee_name,
        mine: r.assignee_id === actor.userId,
        reference: r.reference,
        topic: r.topic,
        resident: residentLabelForStaff({ anonymous: r.anonymous, residentName: r.resident_name, visitorName: r.visitor_name }),
        preview: r.preview ? r.preview.slice(0, 140) : null,
        previewInternal: r.preview_kind === "INTERNAL",
        sla: firstResponseState({ firstResponseDueAt: r.first_response_due_at, firstRespondedAt: r.first_responded_at }, now),
      }),
    ),
    nextCursor: page.next,
    prevCursor: page.prev,
  };
}

/** Conversations with something the caller has not read yet (the navigation badge). */
export async function unreadCount(actor: Actor): Promise<number> {
  if (can(actor.role, "conversation.resident")) {
    const [row] = await db.$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM conversations c
      LEFT JOIN conversation_reads r ON r.conversation_id = c.id AND r.user_id = ${actor.userId}
      WHERE c.resident_user_id = ${actor.userId} AND c.last_staff_message_at > COALESCE(r.last_read_at, 'epoch'::timestamp)`;
    return Number(row?.n ?? 0);
  }
  if (!isStaff(actor)) return 0;
  const [row] = await db.$queryRaw<{ n: bigint }[]>`
    SELECT count(*) AS n FROM conversations c
    LEFT JOIN conversation_reads r ON r.conversation_id = c.id AND r.user_id = ${actor.userId}
    WHERE ${staffScopeSql(actor)} AND c.last_resident_message_at > COALESCE(r.last_read_at, 'epoch'::timestamp)`;
  return Number(row?.n ?? 0);
}

export type ResidentConversationRow = {
  id: string;
  kind: "REQUEST" | "COMPLAINT" | "HELP";
  status: "OPEN" | "PENDING" | "RESOLVED";
  reference: string | null;
  topic: string | null;
  lastMessageAt: string;
  unread: boolean;
  preview: string | null;
};

/** A resident's own conversations, newest first; the preview skips internal notes. */
export async function listResidentConversations(actor: Actor, limit = 30): Promise<ResidentConversationRow[]> {
  if (!can(actor.role, "conversation.resident")) return [];
  const rows = await db.$queryRaw<
    { id: string; kind: ResidentConversationRow["kind"]; status: ResidentConversationRow["status"]; reference: string | null; topic: string | null; last_message_at: Date; unread: boolean; preview: string | null }[]
  >`
    SELECT c.id, c.kind, c.status, COALESCE(sr.number, co.ticket) AS reference, COALESCE(sv.name, co.title, c.subject) AS topic, c.last_message_at,
      (c.last_staff_message_at IS NOT NULL AND c.last_staff_message_at > COALESCE(r.last_read_at, 'epoch'::timestamp)) AS unread,
      lm.body AS preview
    FROM conversations c
    LEFT JOIN conversation_reads r ON r.conversation_id = c.id AND r.user_id = ${actor.userId}
    LEFT JOIN service_requests sr ON sr.id = c.request_id
    LEFT JOIN services sv ON sv.id = sr.service_id
    LEFT JOIN complaints co ON co.id = c.complaint_id
    LEFT JOIN LATERAL (
      SELECT m.body FROM conversation_messages m WHERE m.conversation_id = c.id AND m.kind <> 'INTERNAL'::"MessageKind" ORDER BY m.seq DESC LIMIT 1
    ) lm ON true
    WHERE c.resident_user_id = ${actor.userId}
    ORDER BY c.last_message_at DESC, c.id DESC
    LIMIT ${limit}`;
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    status: r.status,
    reference: r.reference,
    topic: r.topic,
    lastMessageAt: r.last_message_at.toISOString(),
    unread: r.unread,
    preview: r.preview ? r.preview.slice(0, 140) : null,
  }));
}

// ───────────── Canned answers ─────────────

export type CannedAnswerRow = { id: string; shortcut: string; body: string; scope: "mine" | "office" };

/** The caller's own answers and the office's; an own answer hides an office one with the same shortcut. */
export async function cannedAnswersFor(actor: Actor): Promise<CannedAnswerRow[]> {
  if (!isStaff(actor)) return [];
  const rows = await db.cannedAnswer.findMany({
    where: { officeId: actor.officeId, ownerKey: { in: ["", actor.userId] } },
    orderBy: { shortcut: "asc" },
    select: { id: true, shortcut: true, body: true, ownerKey: true },
  });
  const mine = new Set(rows.filter((r) => r.ownerKey === actor.userId).map((r) => r.shortcut));
  return rows
    .filter((r) => r.ownerKey !== "" || !mine.has(r.shortcut))
    .map((r) => ({ id: r.id, shortcut: r.shortcut, body: r.body, scope: r.ownerKey === "" ? "office" : "mine" }));
}

/** Staff of the office a conversation can be assigned to. */
export async function assignableStaff(actor: Actor) {
  if (!isStaff(actor)) return [];
  return db.user.findMany({
    where: { officeId: actor.officeId, active: true, role: { in: ["STAFF", "SUPERVISOR", "ADMIN"] } },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
}
