import "server-only";
import type { Actor } from "@/lib/auth/types";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

// Full-text search uses PostgreSQL's `indonesian` configuration (Snowball stemmer: "pembuatan",
// "membuat" → "buat"). The expression must match the GIN index in the migration exactly.
const DOCUMENT = Prisma.sql`to_tsvector('indonesian'::regconfig, f.question || ' ' || f.answer)`;

export type FaqItem = {
  id: string;
  question: string;
  answer: string;
  category: string;
  views: number;
  helpfulYes: number;
  helpfulNo: number;
  service: { slug: string; name: string } | null;
};

const itemSelect = {
  id: true, question: true, answer: true, category: true, views: true, helpfulYes: true, helpfulNo: true,
  service: { select: { slug: true, name: true } },
} as const satisfies Prisma.FaqArticleSelect;

/** The most asked published questions of an office. */
export async function listTopFaq(officeId: string, limit = 5, category?: string): Promise<FaqItem[]> {
  return db.faqArticle.findMany({
    where: { officeId, status: "PUBLISHED", ...(category ? { category } : {}) },
    orderBy: [{ views: "desc" }, { helpfulYes: "desc" }, { id: "asc" }],
    take: limit,
    select: itemSelect,
  });
}

/** Published questions linked to one service, for its service standard page. */
export async function listServiceFaq(serviceId: string, limit = 10): Promise<FaqItem[]> {
  return db.faqArticle.findMany({
    where: { serviceId, status: "PUBLISHED" },
    orderBy: [{ views: "desc" }, { id: "asc" }],
    take: limit,
    select: itemSelect,
  });
}

type Hit = { id: string };

/**
 * Searches an office's published questions: full text first; when that finds nothing (a typo such
 * as "pembuatn ktp"), trigram similarity on the question (pg_trgm word_similarity).
 */
export async function searchFaq(officeId: string, query: string, limit = 20, category?: string): Promise<{ mode: "fulltext" | "similar"; items: FaqItem[] }> {
  const q = query.trim().slice(0, 100);
  const inCategory = category ? Prisma.sql`AND f.category = ${category}` : Prisma.empty;
  let mode: "fulltext" | "similar" = "fulltext";
  let hits = await db.$queryRaw<Hit[]>`
    SELECT f.id FROM faq_articles f, websearch_to_tsquery('indonesian'::regconfig, ${q}) AS query
    WHERE f.office_id = ${officeId} AND f.status = 'PUBLISHED' ${inCategory} AND ${DOCUMENT} @@ query
    ORDER BY ts_rank(${DOCUMENT}, query) DESC, f.views DESC, f.id
    LIMIT ${limit}`;
  if (hits.length === 0) {
    mode = "similar";
    hits = await db.$queryRaw<Hit[]>`
      SELECT f.id FROM faq_articles f
      WHERE f.office_id = ${officeId} AND f.status = 'PUBLISHED' ${inCategory} AND ${q} <% f.question
      ORDER BY word_similarity(${q}, f.question) DESC, f.views DESC, f.id
      LIMIT ${limit}`;
  }
  if (hits.length === 0) return { mode, items: [] };
  const rows = await db.faqArticle.findMany({ where: { id: { in: hits.map((h) => h.id) } }, select: itemSelect });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return { mode, items: hits.map((h) => byId.get(h.id)).filter((r): r is FaqItem => Boolean(r)) };
}

// ───────── admin ─────────

export async function listAdminFaq(actor: Actor) {
  return db.faqArticle.findMany({
    where: { officeId: actor.officeId },
    orderBy: [{ category: "asc" }, { views: "desc" }, { id: "asc" }],
    take: 500,
    select: { id: true, question: true, category: true, status: true, views: true, helpfulYes: true, helpfulNo: true, updatedAt: true, service: { select: { name: true } } },
  });
}

export async function getAdminFaq(actor: Actor, id: string) {
  return db.faqArticle.findFirst({
    where: { id, officeId: actor.officeId },
    select: { id: true, question: true, answer: true, category: true, serviceId: true, status: true, views: true, helpfulYes: true, helpfulNo: true },
  });
}

/** The categories of an office's published questions with how many each holds, for the public filter. */
export async function listPublicFaqCategories(officeId: string): Promise<{ category: string; count: number }[]> {
  const rows = await db.faqArticle.groupBy({ by: ["category"], where: { officeId, status: "PUBLISHED" }, _count: { _all: true }, orderBy: { category: "asc" }, take: 30 });
  return rows.map((r) => ({ category: r.category, count: r._count._all }));
}

export async function listFaqCategories(officeId: string) {
  const rows = await db.faqArticle.findMany({ where: { officeId }, distinct: ["category"], select: { category: true }, orderBy: { category: "asc" }, take: 50 });
  return rows.map((r) => r.category);
}

export async function listFaqRevisions(actor: Actor, id: string) {
  const faq = await db.faqArticle.findFirst({ where: { id, officeId: actor.officeId }, select: { id: true, question: true } });
  if (!faq) return null;
  const revisions = await db.faqRevision.findMany({
    where: { faqId: id },
    orderBy: { createdAt: "desc" },
    take: 100,
    select: { id: true, summary: true, snapshot: true, createdAt: true, actor: { select: { name: true } } },
  });
  return { faq, revisions };
}
