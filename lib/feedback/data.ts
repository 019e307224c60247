import "server-only";
import { canSendFeedback, officeFeedbackWhere, ownFeedbackWhere } from "./policy";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/types";
import { can } from "@/lib/auth/policy";
import type { FeedbackKind } from "@/lib/generated/prisma/enums";

const PAGE = 25;

export type FeedbackFilter = { state?: "open" | "answered"; kind?: FeedbackKind; cursor?: string };

function decode(cursor?: string) {
  if (!cursor) return null;
  const [at, id] = Buffer.from(cursor, "base64url").toString("utf8").split("|");
  const createdAt = new Date(at ?? "");
  return id && !Number.isNaN(createdAt.getTime()) ? { createdAt, id } : null;
}

const encode = (r: { createdAt: Date; id: string }) => Buffer.from(`${r.createdAt.toISOString()}|${r.id}`).toString("base64url");

/**
 * Kritik & saran of the caller's office, newest first (open ones first when filtered). An anonymous
 * sender's identity is not even selected.
 */
export async function listOfficeFeedback(actor: Actor, filter: FeedbackFilter) {
  if (!can(actor.role, "feedback.answer")) return { rows: [], nextCursor: null };
  const cursor = decode(filter.cursor);
  const found = await db.feedback.findMany({
    where: {
      ...officeFeedbackWhere(actor),
      ...(filter.state === "open" ? { answeredAt: null } : filter.state === "answered" ? { answeredAt: { not: null } } : {}),
      ...(filter.kind ? { kind: filter.kind } : {}),
      ...(cursor ? { OR: [{ createdAt: { lt: cursor.createdAt } }, { createdAt: cursor.createdAt, id: { lt: cursor.id } }] } : {}),
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: PAGE + 1,
    select: {
      id: true, kind: true, message: true, anonymous: true, answer: true, answeredAt: true, createdAt: true, senderId: true,
      answeredBy: { select: { name: true } },
    },
  });
  const rows = found.slice(0, PAGE);
  const named = rows.filter((r) => !r.anonymous && r.senderId).map((r) => r.senderId!);
  const senders = named.length ? await db.user.findMany({ where: { id: { in: named } }, select: { id: true, name: true } }) : [];
  const nameOf = new Map(senders.map((s) => [s.id, s.name]));
  return {
    rows: rows.map(({ senderId, answeredBy, ...r }) => ({
      ...r,
      sender: r.anonymous || !senderId ? null : (nameOf.get(senderId) ?? null),
      answeredBy: answeredBy?.name ?? null,
    })),
    nextCursor: found.length > PAGE ? encode(rows[rows.length - 1]) : null,
  };
}

/** The resident's own messages with the office's answers. */
export async function listMyFeedback(actor: Actor) {
  if (!canSendFeedback(actor)) return [];
  return db.feedback.findMany({
    where: ownFeedbackWhere(actor),
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 50,
    select: { id: true, kind: true, message: true, anonymous: true, answer: true, answeredAt: true, createdAt: true },
  });
}

export async function countOpenFeedback(actor: Actor) {
  if (!can(actor.role, "feedback.answer")) return 0;
  return db.feedback.count({ where: { officeId: actor.officeId, answeredAt: null } });
}
