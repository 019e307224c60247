-- CreateIndex
CREATE INDEX "service_requests_office_id_status_paused_at_due_at_idx" ON "service_requests"("office_id", "status", "paused_at", "due_at");
