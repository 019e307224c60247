import "server-only";
import { can } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/types";
import { db } from "@/lib/db";
import { bumpCacheVersion } from "@/lib/http/cache-version/mutations";
import { Prisma } from "@/lib/generated/prisma/client";
import { fail, ok } from "@/lib/action/result";
import { canManageNews } from "./policy";
import type { NewsInput } from "./schema";
import { changedFields, NEWS_FIELDS, toNewsSnapshot, type NewsSnapshot } from "./snapshot";

type Tx = Prisma.TransactionClient;

const snapshotSelect = Object.fromEntries(NEWS_FIELDS.map((f) => [f, true])) as Record<(typeof NEWS_FIELDS)[number], true>;

async function snapshotOf(tx: Tx, id: string): Promise<NewsSnapshot> {
  return toNewsSnapshot(await tx.newsPost.findUniqueOrThrow({ where: { id }, select: snapshotSelect }));
}

async function recordRevision(tx: Tx, actor: Actor, postId: string, before: NewsSnapshot | null) {
  const after = await snapshotOf(tx, postId);
  const changes = changedFields(before, after, NEWS_FIELDS);
  if (before && changes.length === 0) return;
  await tx.newsRevision.create({
    data: { postId, actorId: actor.userId, summary: before ? changes.join(",") : "created", snapshot: after as unknown as Prisma.InputJsonValue },
  });
}

const isUniqueViolation = (e: unknown) => e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002";

function postData(input: NewsInput, isKecamatan: boolean) {
  return {
    title: input.title,
    slug: input.slug,
    summary: input.summary,
    body: input.body,
    category: input.category,
    visibility: input.visibility,
    status: input.status,
    pinned: input.pinned,
    showOnChildren: isKecamatan && input.showOnChildren,
    // Publishing without a date publishes now; the date is kept so paging stays stable.
    publishAt: input.publishAt ?? (input.status === "PUBLISHED" ? new Date() : null),
    expireAt: input.expireAt,
  };
}

async function officeIsKecamatan(tx: Tx, officeId: string) {
  const office = await tx.office.findUnique({ where: { id: officeId }, select: { type: true } });
  return office?.type === "KECAMATAN";
}

export async function createNews(actor: Actor, input: NewsInput) {
  if (!can(actor.role, "content.manage")) return fail("forbidden");
  try {
    return await db.$transaction(async (tx) => {
      const post = await tx.newsPost.create({
        data: { ...postData(input, await officeIsKecamatan(tx, actor.officeId)), officeId: actor.officeId, authorId: actor.userId },
        select: { id: true },
      });
      await recordRevision(tx, actor, post.id, null);
      return ok({ id: post.id });
    });
  } catch (e) {
    if (isUniqueViolation(e)) return fail("slug_taken" as const, { slug: "taken" });
    throw e;
  }
}

export async function updateNews(actor: Actor, id: string, input: NewsInput) {
  try {
    return await db.$transaction(async (tx) => {
      const existing = await tx.newsPost.findUnique({ where: { id }, select: { officeId: true, publishAt: true } });
      if (!existing || !canManageNews(actor, existing)) return fail("not_found");
      const before = await snapshotOf(tx, id);
      const data = postData(input, await officeIsKecamatan(tx, actor.officeId));
      if (!input.publishAt && existing.publishAt && input.status === "PUBLISHED") data.publishAt = existing.publishAt;
      await tx.newsPost.update({ where: { id }, data });
      await recordRevision(tx, actor, id, before);
      return ok({ id });
    });
  } catch (e) {
    if (isUniqueViolation(e)) return fail("slug_taken" as const, { slug: "taken" });
    throw e;
  }
}

/** Sets or clears the cover (a file already ingested for this office by this admin). */
export async function setNewsCover(actor: Actor, id: string, fileId: string | null) {
  return db.$transaction(async (tx) => {
    const existing = await tx.newsPost.findUnique({ where: { id }, select: { officeId: true } });
    if (!existing || !canManageNews(actor, existing)) return fail("not_found");
    if (fileId) {
      const file = await tx.storedFile.findFirst({ where: { id: fileId, officeId: actor.officeId, ownerId: actor.userId, mime: { startsWith: "image/" } }, select: { id: true } });
      if (!file) return fail("cover_invalid" as const);
    }
    const before = await snapshotOf(tx, id);
    await tx.newsPost.update({ where: { id }, data: { coverFileId: fileId } });
    await recordRevision(tx, actor, id, before);
    return ok({ id });
  });
}

/** Deleting is final and only for drafts; a published item is unpublished instead (its history stays). */
export async function deleteDraftNews(actor: Actor, id: string) {
  const existing = await db.newsPost.findUnique({ where: { id }, select: { officeId: true, status: true } });
  if (!existing || !canManageNews(actor, existing)) return fail("not_found");
  if (existing.status !== "DRAFT") return fail("not_draft" as const);
  await db.newsPost.delete({ where: { id } });
  return ok({ id });
}

/**
 * Scheduled news appears and leaves by the clock, with no edit to tell the caches: this bumps
 * the "news" tag when an item's publish or expiry time has passed within the window, so every
 * instance's page cache (scripts/lib/page-cache.mjs) drops the home, office and news pages. The
 * worker runs it every 10 s (lib/news/schedule.ts), so a page shows an item at most ~10 s late;
 * the window is three times that, so a late run still sees the change (a second bump is harmless).
 */
export async function expireDueNews(now: Date, windowMs = 30_000): Promise<boolean> {
  const since = new Date(now.getTime() - windowMs);
  const due = await db.newsPost.findFirst({
    where: { status: "PUBLISHED", OR: [{ publishAt: { gt: since, lte: now } }, { expireAt: { gt: since, lte: now } }] },
    select: { id: true },
  });
  if (due) await bumpCacheVersion("news");
  return due !== null;
}
