-- CreateTable
CREATE TABLE "realtime_events" (
    "seq" BIGSERIAL NOT NULL,
    "channel" TEXT NOT NULL,
    "ref" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "realtime_events_pkey" PRIMARY KEY ("seq")
);

-- CreateIndex
CREATE INDEX "realtime_events_channel_seq_idx" ON "realtime_events"("channel", "seq");

-- CreateIndex
CREATE INDEX "realtime_events_created_at_idx" ON "realtime_events"("created_at");
