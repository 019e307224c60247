import "server-only";
import { can } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/types";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { NewsCategory } from "./schema";
import { PAGE_SIZE, RESIDENT_PAGE_SIZE, dateKey, datePageDirection, keysetWhere, toPage, type PageRequest } from "@/lib/paging/keyset";

// Reads for the public pages take the office by slug and the clock as arguments, so a cache can
// wrap them (keyed by slug, page and minute) without touching the query.


const listSelect = {
  id: true,
  slug: true,
  title: true,
  summary: true,
  category: true,
  pinned: true,
  publishAt: true,
  expireAt: true,
  coverFileId: true,
  office: { select: { slug: true, name: true, type: true } },
} as const satisfies Prisma.NewsPostSelect;
export type NewsListItem = Prisma.NewsPostGetPayload<{ select: typeof listSelect }>;

/**
 * Live items an office shows: published, due, not expired, of the office itself or of its parent
 * (a kecamatan) when shared with its kelurahan. Expired items drop out here, with no job.
 */
export function liveNewsWhere(office: { id: string; parentId: string | null }, now: Date, audience: "public" | "staff"): Prisma.NewsPostWhereInput {
  return {
    status: "PUBLISHED",
    ...(audience === "public" ? { visibility: "PUBLIC" } : {}),
    publishAt: { lte: now },
    OR: [{ expireAt: null }, { expireAt: { gt: now } }],
    AND: [{ OR: [{ officeId: office.id }, ...(office.parentId ? [{ officeId: office.parentId, showOnChildren: true }] : [])] }],
  };
}

export async function getPublicOffice(slug: string) {
  return db.office.findFirst({
    where: { slug, active: true },
    select: { id: true, slug: true, name: true, type: true, parentId: true, address: true, phone: true, email: true, openTime: true, closeTime: true },
  });
}

/** One page of an office's public list, newest first, keyset-paged on (publishAt, id). */
export async function listPublicNews(officeSlug: string, opts: PageRequest & { category?: NewsCategory; now: Date }) {
  const office = await getPublicOffice(officeSlug);
  if (!office) return null;
  const { cursor, backwards } = datePageDirection(opts);
  const keyset = keysetWhere("publishAt", cursor, backwards);
  const rows = await db.newsPost.findMany({
    where: { AND: [liveNewsWhere(office, opts.now, "public"), opts.category ? { category: opts.category } : {}, keyset.where] },
    orderBy: keyset.orderBy,
    take: RESIDENT_PAGE_SIZE + 1,
    select: listSelect,
  });
  return { office, ...toPage(rows, RESIDENT_PAGE_SIZE, backwards, cursor !== null, (r) => dateKey(r.publishAt, r.id)) };
}

/** Pinned first (at most 3), then the latest, for an office's home. */
export async function listHomeNews(office: { id: string; parentId: string | null }, now: Date, audience: "public" | "staff" = "public", limit = 5) {
  const where = liveNewsWhere(office, now, audience);
  const [pinned, recent] = await Promise.all([
    db.newsPost.findMany({ where: { ...where, pinned: true }, orderBy: [{ publishAt: "desc" }, { id: "desc" }], take: 3, select: listSelect }),
    db.newsPost.findMany({ where: { ...where, pinned: false }, orderBy: [{ publishAt: "desc" }, { id: "desc" }], take: limit, select: listSelect }),
  ]);
  return { pinned, recent };
}

/** The latest public items across every office, for the site's front page. */
export async function listLatestPublicNews(now: Date, limit = 6) {
  return db.newsPost.findMany({
    where: { status: "PUBLISHED", visibility: "PUBLIC", publishAt: { lte: now }, OR: [{ expireAt: null }, { expireAt: { gt: now } }], office: { active: true } },
    orderBy: [{ pinned: "desc" }, { publishAt: "desc" }, { id: "desc" }],
    take: limit,
    select: listSelect,
  });
}

/** Internal and public announcements for a staff member's home, with their body (staff items have no public page). */
export async function listStaffNews(actor: Actor, now: Date) {
  const office = await db.office.findUnique({ where: { id: actor.officeId }, select: { id: true, parentId: true } });
  if (!office) return [];
  return db.newsPost.findMany({
    where: liveNewsWhere(office, now, "staff"),
    orderBy: [{ pinned: "desc" }, { publishAt: "desc" }, { id: "desc" }],
    take: 6,
    select: { ...listSelect, body: true, visibility: true },
  });
}

const detailSelect = { ...listSelect, body: true, updatedAt: true, visibility: true, officeId: true } as const satisfies Prisma.NewsPostSelect;

/** A live public item of the office (or shared by its kecamatan); null otherwise, so drafts 404. */
export async function getPublicNews(officeSlug: string, postSlug: string, now: Date) {
  const office = await getPublicOffice(officeSlug);
  if (!office) return null;
  const rows = await db.newsPost.findMany({ where: { AND: [liveNewsWhere(office, now, "public"), { slug: postSlug }] }, take: 2, select: detailSelect });
  // The office's own item wins over a kecamatan item with the same slug.
  const post = rows.find((r) => r.officeId === office.id) ?? rows[0];
  return post ? { office, post } : null;
}

/** For the feed: the latest 30 live public items with their body. */
export async function listFeedNews(officeSlug: string, now: Date) {
  const office = await getPublicOffice(officeSlug);
  if (!office) return null;
  const items = await db.newsPost.findMany({
    where: liveNewsWhere(office, now, "public"),
    orderBy: [{ publishAt: "desc" }, { id: "desc" }],
    take: 30,
    select: { ...listSelect, body: true, updatedAt: true },
  });
  return { office, items };
}

/** The cover of a live public item, for the public image route; null for anything else. */
export async function getPublicCover(postId: string, now: Date) {
  const post = await db.newsPost.findFirst({
    where: { id: postId, status: "PUBLISHED", visibility: "PUBLIC", publishAt: { lte: now }, OR: [{ expireAt: null }, { expireAt: { gt: now } }], coverFileId: { not: null } },
    select: { cover: { select: { driver: true, key: true, mime: true } } },
  });
  return post?.cover ?? null;
}

/** The cover of an item of the admin's own office (preview of drafts and scheduled items). */
export async function getAdminCover(actor: Actor, postId: string) {
  if (!can(actor.role, "content.manage")) return null;
  const post = await db.newsPost.findFirst({ where: { id: postId, officeId: actor.officeId }, select: { cover: { select: { driver: true, key: true, mime: true } } } });
  return post?.cover ?? null;
}

// ───────── admin ─────────

export async function listAdminNews(actor: Actor, request: PageRequest = {}) {
  const { cursor, backwards } = datePageDirection(request);
  const keyset = keysetWhere("updatedAt", cursor, backwards);
  const rows = await db.newsPost.findMany({
    where: { AND: [{ officeId: actor.officeId }, keyset.where] },
    orderBy: keyset.orderBy,
    take: PAGE_SIZE + 1,
    select: { id: true, title: true, category: true, status: true, visibility: true, pinned: true, publishAt: true, expireAt: true, updatedAt: true },
  });
  return toPage(rows, PAGE_SIZE, backwards, cursor !== null, (r) => dateKey(r.updatedAt, r.id));
}

export async function getAdminNews(actor: Actor, id: string) {
  return db.newsPost.findFirst({
    where: { id, officeId: actor.officeId },
    select: {
      id: true, slug: true, title: true, summary: true, body: true, category: true, status: true, visibility: true, pinned: true,
      showOnChildren: true, publishAt: true, expireAt: true, coverFileId: true, updatedAt: true,
      office: { select: { slug: true, type: true } },
    },
  });
}

export async function listNewsRevisions(actor: Actor, id: string) {
  const post = await db.newsPost.findFirst({ where: { id, officeId: actor.officeId }, select: { id: true, title: true } });
  if (!post) return null;
  const revisions = await db.newsRevision.findMany({
    where: { postId: id },
    orderBy: { createdAt: "desc" },
    take: 100,
    select: { id: true, summary: true, snapshot: true, createdAt: true, actor: { select: { name: true } } },
  });
  return { post, revisions };
}

export async function getOfficeForHome(officeId: string) {
  return db.office.findUnique({
    where: { id: officeId },
    select: { id: true, slug: true, name: true, type: true, parentId: true, address: true, phone: true, email: true, openTime: true, closeTime: true },
  });
}
