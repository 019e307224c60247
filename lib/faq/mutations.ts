import "server-only";
import { can } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/types";
import { fail, ok } from "@/lib/action/result";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { changedFields } from "@/lib/news/snapshot";
import { canManageFaq } from "./policy";
import type { FaqInput } from "./schema";

type Tx = Prisma.TransactionClient;
const FIELDS = ["question", "answer", "category", "serviceId", "status"] as const;
type FaqSnapshot = Record<(typeof FIELDS)[number], string | null>;

async function snapshotOf(tx: Tx, id: string): Promise<FaqSnapshot> {
  const row = await tx.faqArticle.findUniqueOrThrow({ where: { id }, select: { question: true, answer: true, category: true, serviceId: true, status: true } });
  return row;
}

async function recordRevision(tx: Tx, actor: Actor, faqId: string, before: FaqSnapshot | null) {
  const after = await snapshotOf(tx, faqId);
  const changes = changedFields(before, after, FIELDS);
  if (before && changes.length === 0) return;
  await tx.faqRevision.create({ data: { faqId, actorId: actor.userId, summary: before ? changes.join(",") : "created", snapshot: after } });
}

async function serviceOk(tx: Tx, actor: Actor, serviceId: string | null) {
  if (!serviceId) return true;
  return Boolean(await tx.service.findFirst({ where: { id: serviceId, officeId: actor.officeId }, select: { id: true } }));
}

export async function saveFaq(actor: Actor, id: string | null, input: FaqInput) {
  if (!can(actor.role, "content.manage")) return fail("forbidden");
  return db.$transaction(async (tx) => {
    if (!(await serviceOk(tx, actor, input.serviceId))) return fail("service_invalid" as const, { serviceId: "invalid" });
    if (!id) {
      const row = await tx.faqArticle.create({ data: { ...input, officeId: actor.officeId }, select: { id: true } });
      await recordRevision(tx, actor, row.id, null);
      return ok({ id: row.id });
    }
    const existing = await tx.faqArticle.findUnique({ where: { id }, select: { officeId: true } });
    if (!existing || !canManageFaq(actor, existing)) return fail("not_found");
    const before = await snapshotOf(tx, id);
    await tx.faqArticle.update({ where: { id }, data: input });
    await recordRevision(tx, actor, id, before);
    return ok({ id });
  });
}

/**
 * Records or changes one voter's "was this helpful?" answer; the counts on the article move in the
 * same transaction so a list never has to count votes.
 */
export async function voteFaq(faqId: string, key: string, helpful: boolean) {
  return db.$transaction(async (tx) => {
    const faq = await tx.faqArticle.findFirst({ where: { id: faqId, status: "PUBLISHED" }, select: { id: true } });
    if (!faq) return fail("not_found");
    const previous = await tx.faqVote.findUnique({ where: { faqId_voterKey: { faqId, voterKey: key } }, select: { helpful: true } });
    if (previous?.helpful === helpful) return ok({ changed: false });
    await tx.faqVote.upsert({ where: { faqId_voterKey: { faqId, voterKey: key } }, create: { faqId, voterKey: key, helpful }, update: { helpful } });
    const field = helpful ? "helpfulYes" : "helpfulNo";
    const other = helpful ? "helpfulNo" : "helpfulYes";
    await tx.faqArticle.update({
      where: { id: faqId },
      data: { [field]: { increment: 1 }, ...(previous ? { [other]: { decrement: 1 } } : {}) },
    });
    return ok({ changed: true });
  });
}

/** Counts one opening of an answer ("most asked" orders by it). */
export async function countFaqView(faqId: string) {
  const updated = await db.faqArticle.updateMany({ where: { id: faqId, status: "PUBLISHED" }, data: { views: { increment: 1 } } });
  return updated.count ? ok() : fail("not_found");
}
