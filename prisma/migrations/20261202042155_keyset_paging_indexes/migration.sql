-- DropIndex
DROP INDEX "complaints_reporter_id_created_at_idx";

-- DropIndex
DROP INDEX "feedback_office_id_created_at_idx";

-- DropIndex
DROP INDEX "news_posts_office_id_updated_at_idx";

-- DropIndex
DROP INDEX "notification_deliveries_office_id_status_updated_at_idx";

-- DropIndex
DROP INDEX "resident_profiles_office_id_full_name_idx";

-- DropIndex
DROP INDEX "service_requests_applicant_id_created_at_idx";

-- DropIndex
DROP INDEX "service_requests_office_id_due_at_idx";

-- DropIndex
DROP INDEX "service_requests_resident_id_idx";

-- DropIndex
DROP INDEX "service_revisions_service_id_created_at_idx";

-- CreateIndex
CREATE INDEX "complaints_reporter_id_created_at_id_idx" ON "complaints"("reporter_id", "created_at" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "feedback_office_id_created_at_id_idx" ON "feedback"("office_id", "created_at" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "news_posts_office_id_updated_at_id_idx" ON "news_posts"("office_id", "updated_at" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "notification_deliveries_office_id_status_updated_at_id_idx" ON "notification_deliveries"("office_id", "status", "updated_at" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "resident_profiles_office_id_full_name_id_idx" ON "resident_profiles"("office_id", "full_name", "id");

-- CreateIndex
CREATE INDEX "service_requests_office_id_due_at_id_idx" ON "service_requests"("office_id", "due_at", "id");

-- CreateIndex
CREATE INDEX "service_requests_applicant_id_created_at_id_idx" ON "service_requests"("applicant_id", "created_at" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "service_requests_resident_id_created_at_id_idx" ON "service_requests"("resident_id", "created_at" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "service_revisions_service_id_created_at_id_idx" ON "service_revisions"("service_id", "created_at" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "users_office_id_name_id_idx" ON "users"("office_id", "name", "id");
