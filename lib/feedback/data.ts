import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/types";
import { can } from "@/lib/auth/policy";
import type { FeedbackKind } from "@/lib/generated/prisma/enums";

import { PAGE_SIZE, pageDirection, toPage, type Page, type PageRequest } from "@/lib/paging/keyset";

export type FeedbackFilter = { state?: "open" | "answered"; kind?: FeedbackKind } & PageRequest;

/**
 * Kritik & saran of the caller's office, newest first (open ones first when filtered). An anonymous
 * sender's identity is not even selected.
 */
export async function listOfficeFeedback(actor: Actor, filter: FeedbackFilter) {
  if (!can(actor.role, "feedback.answer")) return { rows: [], prev: null, next: null };
  const { cursor, backwards } = pageDirection(filter);
  const at = cursor ? new Date(cursor.k) : null;
  const key = at && !Number.isNaN(at.getTime()) && cursor ? { createdAt: at, id: cursor.i } : null;
  // Newest first; reading backwards (towards newer rows) flips the comparison and the order.
  const beyond = backwards ? "gt" : "lt";
  const direction = backwards ? "asc" : "desc";
  const found = await db.feedback.findMany({
    where: {
      officeId: actor.officeId,
      ...(filter.state === "open" ? { answeredAt: null } : filter.state === "answered" ? { answeredAt: { not: null } } : {}),
      ...(filter.kind ? { kind: filter.kind } : {}),
      ...(key ? { OR: [{ createdAt: { [beyond]: key.createdAt } }, { createdAt: key.createdAt, id: { [beyond]: key.id } }] } : {}),
    },
    orderBy: [{ createdAt: direction }, { id: direction }],
    take: PAGE_SIZE + 1,
    select: {
      id: true, kind: true, message: true, anonymous: true, answer: true, answeredAt: true, createdAt: true, senderId: true,
      answeredBy: { select: { name: true } },
    },
  });
  const page: Page<(typeof found)[number]> = toPage(found, PAGE_SIZE, backwards, key !== null, (r) => ({ k: r.createdAt.toISOString(), i: r.id }));
  const rows = page.items;
  const named = rows.filter((r) => !r.anonymous && r.senderId).map((r) => r.senderId!);
  const senders = named.length ? await db.user.findMany({ where: { id: { in: named } }, select: { id: true, name: true } }) : [];
  const nameOf = new Map(senders.map((s) => [s.id, s.name]));
  return {
    rows: rows.map(({ senderId, answeredBy, ...r }) => ({
      ...r,
      sender: r.anonymous || !senderId ? null : (nameOf.get(senderId) ?? null),
      answeredBy: answeredBy?.name ?? null,
    })),
    prev: page.prev,
    next: page.next,
  };
}

/** The resident's own messages with the office's answers. */
export async function listMyFeedback(actor: Actor) {
  if (actor.role !== "RESIDENT") return [];
  return db.feedback.findMany({
    where: { senderId: actor.userId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 50,
    select: { id: true, kind: true, message: true, anonymous: true, answer: true, answeredAt: true, createdAt: true },
  });
}

export async function countOpenFeedback(actor: Actor) {
  if (!can(actor.role, "feedback.answer")) return 0;
  return db.feedback.count({ where: { officeId: actor.officeId, answeredAt: null } });
}
