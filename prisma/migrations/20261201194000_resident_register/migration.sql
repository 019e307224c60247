-- CreateEnum
CREATE TYPE "ResidentImportStatus" AS ENUM ('UPLOADED', 'VALIDATED', 'COMMITTING', 'COMMITTED', 'UNDONE');

-- CreateEnum
CREATE TYPE "ImportRowAction" AS ENUM ('CREATE', 'UPDATE', 'UNCHANGED', 'ERROR');

-- CreateEnum
CREATE TYPE "PrivacyRequestKind" AS ENUM ('CORRECTION', 'WITHDRAW_CONSENT', 'DELETION');

-- CreateEnum
CREATE TYPE "PrivacyRequestStatus" AS ENUM ('OPEN', 'DONE', 'REJECTED');

-- AlterTable
ALTER TABLE "resident_profiles" ADD COLUMN     "consent_withdrawn_at" TIMESTAMP(3),
ADD COLUMN     "head_of_family" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "register_data" JSONB,
ADD COLUMN     "verified_by_id" TEXT;

-- CreateTable
CREATE TABLE "resident_imports" (
    "id" TEXT NOT NULL,
    "office_id" TEXT NOT NULL,
    "created_by_id" TEXT NOT NULL,
    "file_name" TEXT NOT NULL,
    "status" "ResidentImportStatus" NOT NULL DEFAULT 'UPLOADED',
    "header_row" INTEGER NOT NULL DEFAULT 1,
    "mapping" JSONB,
    "total_rows" INTEGER NOT NULL DEFAULT 0,
    "error_rows" INTEGER NOT NULL DEFAULT 0,
    "create_rows" INTEGER NOT NULL DEFAULT 0,
    "update_rows" INTEGER NOT NULL DEFAULT 0,
    "unchanged_rows" INTEGER NOT NULL DEFAULT 0,
    "committed_up_to" INTEGER NOT NULL DEFAULT 0,
    "committed_at" TIMESTAMP(3),
    "undone_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "resident_imports_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "resident_import_rows" (
    "import_id" TEXT NOT NULL,
    "row_number" INTEGER NOT NULL,
    "raw" JSONB NOT NULL,
    "data" JSONB,
    "errors" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "action" "ImportRowAction",
    "resident_id" TEXT,
    "before" JSONB,
    "applied" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "resident_import_rows_pkey" PRIMARY KEY ("import_id","row_number")
);

-- CreateTable
CREATE TABLE "resident_import_mappings" (
    "office_id" TEXT NOT NULL,
    "mapping" JSONB NOT NULL,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "resident_import_mappings_pkey" PRIMARY KEY ("office_id")
);

-- CreateTable
CREATE TABLE "privacy_requests" (
    "id" TEXT NOT NULL,
    "office_id" TEXT NOT NULL,
    "resident_id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "kind" "PrivacyRequestKind" NOT NULL,
    "details" TEXT NOT NULL,
    "status" "PrivacyRequestStatus" NOT NULL DEFAULT 'OPEN',
    "due_at" TIMESTAMP(3) NOT NULL,
    "answer" TEXT,
    "handled_by_id" TEXT,
    "handled_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "privacy_requests_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "resident_imports_office_id_created_at_idx" ON "resident_imports"("office_id", "created_at" DESC);

-- CreateIndex
CREATE INDEX "resident_import_rows_import_id_action_row_number_idx" ON "resident_import_rows"("import_id", "action", "row_number");

-- CreateIndex
CREATE INDEX "privacy_requests_office_id_status_due_at_idx" ON "privacy_requests"("office_id", "status", "due_at");

-- CreateIndex
CREATE INDEX "privacy_requests_user_id_created_at_idx" ON "privacy_requests"("user_id", "created_at" DESC);

-- CreateIndex
CREATE INDEX "resident_profiles_office_id_rw_rt_full_name_idx" ON "resident_profiles"("office_id", "rw", "rt", "full_name");

-- CreateIndex
CREATE INDEX "resident_profiles_office_id_kk_number_idx" ON "resident_profiles"("office_id", "kk_number");

-- AddForeignKey
ALTER TABLE "resident_imports" ADD CONSTRAINT "resident_imports_office_id_fkey" FOREIGN KEY ("office_id") REFERENCES "offices"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "resident_import_rows" ADD CONSTRAINT "resident_import_rows_import_id_fkey" FOREIGN KEY ("import_id") REFERENCES "resident_imports"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "privacy_requests" ADD CONSTRAINT "privacy_requests_office_id_fkey" FOREIGN KEY ("office_id") REFERENCES "offices"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "privacy_requests" ADD CONSTRAINT "privacy_requests_resident_id_fkey" FOREIGN KEY ("resident_id") REFERENCES "resident_profiles"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
