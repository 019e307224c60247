-- CreateTable
CREATE TABLE "cache_versions" (
    "tag" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "cache_versions_pkey" PRIMARY KEY ("tag")
);
