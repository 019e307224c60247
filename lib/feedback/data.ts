import "server-only";
import { canSendFeedback, officeFeedbackWhere, ownFeedbackWhere } from "./policy";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/types";
import { can } from "@/lib/auth/policy";
import type { FeedbackKind } from "@/lib/generated/prisma/enums";

import { PAGE_SIZE, dateKey, datePageDirection, keysetWhere, toPage, type Page, type PageRequest } from "@/lib/paging/keyset";

export type FeedbackFilter = { state?: "open" | "answered"; kind?: FeedbackKind } & PageRequest;

/**
 * Kritik & saran of the caller's office, newest first (open ones first when filtered). An anonymous
 * sender's identity is not even selected.
 */
export async function listOfficeFeedback(actor: Actor, filter: FeedbackFilter) {
  if (!can(actor.role, "feedback.answer")) return { rows: [], prev: null, next: null };
  const { cursor, backwards } = datePageDirection(filter);
  const keyset = keysetWhere("createdAt", cursor, backwards);
  const found = await db.feedback.findMany({
    where: {
      AND: [
        officeFeedbackWhere(actor),
        filter.state === "open" ? { answeredAt: null } : filter.state === "answered" ? { answeredAt: { not: null } } : {},
        filter.kind ? { kind: filter.kind } : {},
        keyset.where,
      ],
    },
    orderBy: keyset.orderBy,
    take: PAGE_SIZE + 1,
    select: {
      id: true, kind: true, message: true, anonymous: true, answer: true, answeredAt: true, createdAt: true, senderId: true,
      answeredBy: { select: { name: true } },
    },
  });
  const page: Page<(typeof found)[number]> = toPage(found, PAGE_SIZE, backwards, cursor !== null, (r) => dateKey(r.createdAt, r.id));
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
