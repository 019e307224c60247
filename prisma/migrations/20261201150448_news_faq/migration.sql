-- Trigram fallback for FAQ search (typos); pg_trgm ships with PostgreSQL (contrib) and embedded-postgres.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateEnum
CREATE TYPE "NewsCategory" AS ENUM ('BERITA', 'PENGUMUMAN', 'JADWAL_LAYANAN', 'LOWONGAN', 'KEGIATAN');

-- CreateEnum
CREATE TYPE "ContentStatus" AS ENUM ('DRAFT', 'PUBLISHED');

-- CreateEnum
CREATE TYPE "NewsVisibility" AS ENUM ('PUBLIC', 'STAFF');

-- CreateTable
CREATE TABLE "news_posts" (
    "id" TEXT NOT NULL,
    "office_id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "category" "NewsCategory" NOT NULL,
    "status" "ContentStatus" NOT NULL DEFAULT 'DRAFT',
    "visibility" "NewsVisibility" NOT NULL DEFAULT 'PUBLIC',
    "pinned" BOOLEAN NOT NULL DEFAULT false,
    "show_on_children" BOOLEAN NOT NULL DEFAULT false,
    "publish_at" TIMESTAMP(3),
    "expire_at" TIMESTAMP(3),
    "cover_file_id" TEXT,
    "author_id" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "news_posts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "news_revisions" (
    "id" TEXT NOT NULL,
    "post_id" TEXT NOT NULL,
    "actor_id" TEXT,
    "summary" TEXT NOT NULL,
    "snapshot" JSONB NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "news_revisions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "faq_articles" (
    "id" TEXT NOT NULL,
    "office_id" TEXT NOT NULL,
    "question" TEXT NOT NULL,
    "answer" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "service_id" TEXT,
    "status" "ContentStatus" NOT NULL DEFAULT 'DRAFT',
    "views" INTEGER NOT NULL DEFAULT 0,
    "helpful_yes" INTEGER NOT NULL DEFAULT 0,
    "helpful_no" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "faq_articles_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "faq_votes" (
    "faq_id" TEXT NOT NULL,
    "voter_key" TEXT NOT NULL,
    "helpful" BOOLEAN NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "faq_votes_pkey" PRIMARY KEY ("faq_id","voter_key")
);

-- CreateTable
CREATE TABLE "faq_revisions" (
    "id" TEXT NOT NULL,
    "faq_id" TEXT NOT NULL,
    "actor_id" TEXT,
    "summary" TEXT NOT NULL,
    "snapshot" JSONB NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "faq_revisions_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "news_posts_office_id_status_visibility_publish_at_id_idx" ON "news_posts"("office_id", "status", "visibility", "publish_at" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "news_posts_office_id_updated_at_idx" ON "news_posts"("office_id", "updated_at" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "news_posts_office_id_slug_key" ON "news_posts"("office_id", "slug");

-- CreateIndex
CREATE INDEX "news_revisions_post_id_created_at_idx" ON "news_revisions"("post_id", "created_at" DESC);

-- CreateIndex
CREATE INDEX "faq_articles_office_id_status_views_idx" ON "faq_articles"("office_id", "status", "views" DESC);

-- CreateIndex
CREATE INDEX "faq_articles_service_id_idx" ON "faq_articles"("service_id");

-- CreateIndex
CREATE INDEX "faq_revisions_faq_id_created_at_idx" ON "faq_revisions"("faq_id", "created_at" DESC);

-- AddForeignKey
ALTER TABLE "news_posts" ADD CONSTRAINT "news_posts_office_id_fkey" FOREIGN KEY ("office_id") REFERENCES "offices"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "news_posts" ADD CONSTRAINT "news_posts_cover_file_id_fkey" FOREIGN KEY ("cover_file_id") REFERENCES "stored_files"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "news_posts" ADD CONSTRAINT "news_posts_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "news_revisions" ADD CONSTRAINT "news_revisions_post_id_fkey" FOREIGN KEY ("post_id") REFERENCES "news_posts"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "news_revisions" ADD CONSTRAINT "news_revisions_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "faq_articles" ADD CONSTRAINT "faq_articles_office_id_fkey" FOREIGN KEY ("office_id") REFERENCES "offices"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "faq_articles" ADD CONSTRAINT "faq_articles_service_id_fkey" FOREIGN KEY ("service_id") REFERENCES "services"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "faq_votes" ADD CONSTRAINT "faq_votes_faq_id_fkey" FOREIGN KEY ("faq_id") REFERENCES "faq_articles"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "faq_revisions" ADD CONSTRAINT "faq_revisions_faq_id_fkey" FOREIGN KEY ("faq_id") REFERENCES "faq_articles"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "faq_revisions" ADD CONSTRAINT "faq_revisions_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- CreateIndex
CREATE INDEX "faq_articles_question_trgm_idx" ON "faq_articles" USING GIN ("question" gin_trgm_ops);

-- Full-text search of FAQ articles with the `indonesian` configuration (Snowball stemmer).
-- An expression index Prisma cannot describe; lib/faq/data.ts uses exactly this expression.
CREATE INDEX "faq_articles_fts_idx" ON "faq_articles" USING GIN (to_tsvector('indonesian'::regconfig, "question" || ' ' || "answer"));
