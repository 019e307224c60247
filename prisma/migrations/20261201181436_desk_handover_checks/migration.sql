-- AlterTable
ALTER TABLE "holidays" ADD COLUMN     "cuti_bersama" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "service_requests" ADD COLUMN     "collected_at" TIMESTAMP(3),
ADD COLUMN     "collector_name" TEXT,
ADD COLUMN     "collector_nik" TEXT,
ADD COLUMN     "handed_over_by_id" TEXT;

-- CreateTable
CREATE TABLE "request_original_checks" (
    "id" TEXT NOT NULL,
    "request_id" TEXT NOT NULL,
    "requirement_id" TEXT NOT NULL,
    "checked_by_id" TEXT NOT NULL,
    "checked_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "request_original_checks_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "request_original_checks_request_id_requirement_id_key" ON "request_original_checks"("request_id", "requirement_id");

-- CreateIndex
CREATE INDEX "resident_profiles_nik_trgm_idx" ON "resident_profiles" USING GIN ("nik" gin_trgm_ops);

-- AddForeignKey
ALTER TABLE "service_requests" ADD CONSTRAINT "service_requests_handed_over_by_id_fkey" FOREIGN KEY ("handed_over_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "request_original_checks" ADD CONSTRAINT "request_original_checks_request_id_fkey" FOREIGN KEY ("request_id") REFERENCES "service_requests"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "request_original_checks" ADD CONSTRAINT "request_original_checks_requirement_id_fkey" FOREIGN KEY ("requirement_id") REFERENCES "service_requirements"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "request_original_checks" ADD CONSTRAINT "request_original_checks_checked_by_id_fkey" FOREIGN KEY ("checked_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- One audit target vocabulary (issue 17): rows written before it get the same names as new ones.
UPDATE "audit_events" SET "target_type" = 'request' WHERE "target_type" = 'ServiceRequest';
UPDATE "audit_events" SET "target_type" = 'resident' WHERE "target_type" = 'ResidentProfile';
UPDATE "audit_events" SET "target_type" = 'complaint' WHERE "target_type" = 'Complaint';
UPDATE "audit_events" SET "target_type" = 'conversation' WHERE "target_type" = 'Conversation';
UPDATE "audit_events" SET "target_type" = 'office' WHERE "target_type" = 'Office';
