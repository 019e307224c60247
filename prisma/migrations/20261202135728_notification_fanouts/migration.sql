-- CreateTable
CREATE TABLE "notification_fanouts" (
    "id" BIGSERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "notification_fanouts_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "notification_fanouts_key_idx" ON "notification_fanouts"("key");

-- Wake the worker (LISTEN notification_deliveries) when a fan-out is queued, as for deliveries:
-- delivered at commit, one NOTIFY per statement.
CREATE TRIGGER notification_fanouts_queued
  AFTER INSERT ON notification_fanouts
  FOR EACH STATEMENT EXECUTE FUNCTION notify_notification_deliveries();
