-- Trigram search for resident names (ILIKE '%…%'); pg_trgm ships with PostgreSQL (contrib) and is a
-- trusted extension, so the database owner may create it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateIndex
CREATE INDEX "audit_events_office_id_id_idx" ON "audit_events"("office_id", "id" DESC);

-- CreateIndex
CREATE INDEX "audit_events_office_id_action_idx" ON "audit_events"("office_id", "action");

-- CreateIndex
CREATE INDEX "complaints_office_id_status_completed_at_idx" ON "complaints"("office_id", "status", "completed_at");

-- CreateIndex
CREATE INDEX "resident_profiles_full_name_trgm_idx" ON "resident_profiles" USING GIN ("full_name" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "service_requests_result_file_id_idx" ON "service_requests"("result_file_id");

-- CreateIndex
CREATE INDEX "service_requests_office_id_status_completed_at_idx" ON "service_requests"("office_id", "status", "completed_at");
