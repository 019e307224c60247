-- CreateEnum
CREATE TYPE "QueueTicketKind" AS ENUM ('BOOKING', 'WALK_IN');

-- CreateEnum
CREATE TYPE "QueueTicketStatus" AS ENUM ('BOOKED', 'WAITING', 'CALLED', 'SERVING', 'DONE', 'NO_SHOW', 'CANCELLED');

-- CreateEnum
CREATE TYPE "QueuePriority" AS ENUM ('NONE', 'LANSIA', 'DISABILITAS', 'IBU_HAMIL');

-- CreateTable
CREATE TABLE "queue_settings" (
    "office_id" TEXT NOT NULL,
    "check_in_before_min" INTEGER NOT NULL DEFAULT 60,
    "check_in_after_min" INTEGER NOT NULL DEFAULT 30,
    "no_show_limit" INTEGER NOT NULL DEFAULT 3,
    "no_show_window_days" INTEGER NOT NULL DEFAULT 30,
    "block_days" INTEGER NOT NULL DEFAULT 14,
    "priority_every" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "queue_settings_pkey" PRIMARY KEY ("office_id")
);

-- CreateTable
CREATE TABLE "queue_services" (
    "id" TEXT NOT NULL,
    "office_id" TEXT NOT NULL,
    "service_id" TEXT,
    "prefix" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "avg_service_min" INTEGER NOT NULL DEFAULT 10,
    "require_verified_request" BOOLEAN NOT NULL DEFAULT false,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "queue_services_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "queue_counters" (
    "id" TEXT NOT NULL,
    "office_id" TEXT NOT NULL,
    "service_point_id" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "service_ids" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "active" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "queue_counters_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "queue_schedules" (
    "id" TEXT NOT NULL,
    "office_id" TEXT NOT NULL,
    "queue_service_id" TEXT NOT NULL,
    "service_point_id" TEXT NOT NULL,
    "weekdays" INTEGER[],
    "start_time" TEXT NOT NULL,
    "end_time" TEXT NOT NULL,
    "slot_minutes" INTEGER NOT NULL,
    "quota_per_slot" INTEGER NOT NULL,
    "quota_per_day" INTEGER NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "queue_schedules_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "queue_closures" (
    "id" TEXT NOT NULL,
    "office_id" TEXT NOT NULL,
    "queue_service_id" TEXT,
    "date" DATE NOT NULL,
    "reason" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "queue_closures_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "queue_slots" (
    "id" TEXT NOT NULL,
    "office_id" TEXT NOT NULL,
    "queue_service_id" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "starts_at" TIMESTAMP(3) NOT NULL,
    "ends_at" TIMESTAMP(3) NOT NULL,
    "quota" INTEGER NOT NULL,
    "booked" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "queue_slots_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "queue_days" (
    "queue_service_id" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "quota" INTEGER NOT NULL,
    "booked" INTEGER NOT NULL DEFAULT 0,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "queue_days_pkey" PRIMARY KEY ("queue_service_id","day")
);

-- CreateTable
CREATE TABLE "queue_tickets" (
    "id" TEXT NOT NULL,
    "office_id" TEXT NOT NULL,
    "queue_service_id" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "seq" INTEGER NOT NULL,
    "number" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "kind" "QueueTicketKind" NOT NULL,
    "status" "QueueTicketStatus" NOT NULL,
    "priority" "QueuePriority" NOT NULL DEFAULT 'NONE',
    "resident_id" TEXT,
    "slot_id" TEXT,
    "request_id" TEXT,
    "active_key" TEXT,
    "counter_id" TEXT,
    "issued_by_id" TEXT,
    "queued_at" TIMESTAMP(3),
    "checked_in_at" TIMESTAMP(3),
    "called_at" TIMESTAMP(3),
    "served_at" TIMESTAMP(3),
    "finished_at" TIMESTAMP(3),
    "no_show_at" TIMESTAMP(3),
    "cancelled_at" TIMESTAMP(3),
    "recalls" INTEGER NOT NULL DEFAULT 0,
    "reminded_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "queue_tickets_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "queue_events" (
    "id" BIGSERIAL NOT NULL,
    "ticket_id" TEXT NOT NULL,
    "actor_id" TEXT,
    "type" TEXT NOT NULL,
    "counter_id" TEXT,
    "details" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "queue_events_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "queue_services_office_id_prefix_key" ON "queue_services"("office_id", "prefix");

-- CreateIndex
CREATE UNIQUE INDEX "queue_counters_office_id_number_key" ON "queue_counters"("office_id", "number");

-- CreateIndex
CREATE INDEX "queue_schedules_office_id_queue_service_id_idx" ON "queue_schedules"("office_id", "queue_service_id");

-- CreateIndex
CREATE INDEX "queue_closures_office_id_date_idx" ON "queue_closures"("office_id", "date");

-- CreateIndex
CREATE INDEX "queue_slots_office_id_day_idx" ON "queue_slots"("office_id", "day");

-- CreateIndex
CREATE UNIQUE INDEX "queue_slots_queue_service_id_starts_at_key" ON "queue_slots"("queue_service_id", "starts_at");

-- CreateIndex
CREATE UNIQUE INDEX "queue_tickets_code_key" ON "queue_tickets"("code");

-- CreateIndex
CREATE UNIQUE INDEX "queue_tickets_active_key_key" ON "queue_tickets"("active_key");

-- CreateIndex
CREATE INDEX "queue_tickets_office_id_day_status_priority_queued_at_idx" ON "queue_tickets"("office_id", "day", "status", "priority", "queued_at");

-- CreateIndex
CREATE INDEX "queue_tickets_office_id_day_counter_id_status_idx" ON "queue_tickets"("office_id", "day", "counter_id", "status");

-- CreateIndex
CREATE INDEX "queue_tickets_resident_id_created_at_idx" ON "queue_tickets"("resident_id", "created_at" DESC);

-- CreateIndex
CREATE INDEX "queue_tickets_resident_id_status_no_show_at_idx" ON "queue_tickets"("resident_id", "status", "no_show_at");

-- CreateIndex
CREATE INDEX "queue_tickets_office_id_called_at_idx" ON "queue_tickets"("office_id", "called_at");

-- CreateIndex
CREATE INDEX "queue_tickets_office_id_status_idx" ON "queue_tickets"("office_id", "status");

-- CreateIndex
CREATE UNIQUE INDEX "queue_tickets_queue_service_id_day_seq_key" ON "queue_tickets"("queue_service_id", "day", "seq");

-- CreateIndex
CREATE INDEX "queue_events_ticket_id_created_at_idx" ON "queue_events"("ticket_id", "created_at");

-- AddForeignKey
ALTER TABLE "queue_settings" ADD CONSTRAINT "queue_settings_office_id_fkey" FOREIGN KEY ("office_id") REFERENCES "offices"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "queue_services" ADD CONSTRAINT "queue_services_office_id_fkey" FOREIGN KEY ("office_id") REFERENCES "offices"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "queue_services" ADD CONSTRAINT "queue_services_service_id_fkey" FOREIGN KEY ("service_id") REFERENCES "services"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "queue_counters" ADD CONSTRAINT "queue_counters_office_id_fkey" FOREIGN KEY ("office_id") REFERENCES "offices"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "queue_counters" ADD CONSTRAINT "queue_counters_service_point_id_fkey" FOREIGN KEY ("service_point_id") REFERENCES "service_points"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "queue_schedules" ADD CONSTRAINT "queue_schedules_queue_service_id_fkey" FOREIGN KEY ("queue_service_id") REFERENCES "queue_services"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "queue_schedules" ADD CONSTRAINT "queue_schedules_service_point_id_fkey" FOREIGN KEY ("service_point_id") REFERENCES "service_points"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "queue_closures" ADD CONSTRAINT "queue_closures_queue_service_id_fkey" FOREIGN KEY ("queue_service_id") REFERENCES "queue_services"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "queue_slots" ADD CONSTRAINT "queue_slots_queue_service_id_fkey" FOREIGN KEY ("queue_service_id") REFERENCES "queue_services"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "queue_days" ADD CONSTRAINT "queue_days_queue_service_id_fkey" FOREIGN KEY ("queue_service_id") REFERENCES "queue_services"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "queue_tickets" ADD CONSTRAINT "queue_tickets_office_id_fkey" FOREIGN KEY ("office_id") REFERENCES "offices"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "queue_tickets" ADD CONSTRAINT "queue_tickets_queue_service_id_fkey" FOREIGN KEY ("queue_service_id") REFERENCES "queue_services"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "queue_tickets" ADD CONSTRAINT "queue_tickets_resident_id_fkey" FOREIGN KEY ("resident_id") REFERENCES "resident_profiles"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "queue_tickets" ADD CONSTRAINT "queue_tickets_slot_id_fkey" FOREIGN KEY ("slot_id") REFERENCES "queue_slots"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "queue_tickets" ADD CONSTRAINT "queue_tickets_request_id_fkey" FOREIGN KEY ("request_id") REFERENCES "service_requests"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "queue_tickets" ADD CONSTRAINT "queue_tickets_counter_id_fkey" FOREIGN KEY ("counter_id") REFERENCES "queue_counters"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "queue_events" ADD CONSTRAINT "queue_events_ticket_id_fkey" FOREIGN KEY ("ticket_id") REFERENCES "queue_tickets"("id") ON DELETE CASCADE ON UPDATE CASCADE;
