-- CreateEnum
CREATE TYPE "ConversationKind" AS ENUM ('REQUEST', 'COMPLAINT', 'HELP');

-- CreateEnum
CREATE TYPE "ConversationStatus" AS ENUM ('OPEN', 'PENDING', 'RESOLVED');

-- CreateEnum
CREATE TYPE "MessageAuthorKind" AS ENUM ('RESIDENT', 'VISITOR', 'STAFF', 'SYSTEM');

-- CreateEnum
CREATE TYPE "MessageKind" AS ENUM ('TEXT', 'INTERNAL', 'SYSTEM');

-- CreateTable
CREATE TABLE "conversations" (
    "id" TEXT NOT NULL,
    "office_id" TEXT NOT NULL,
    "kind" "ConversationKind" NOT NULL,
    "request_id" TEXT,
    "complaint_id" TEXT,
    "resident_user_id" TEXT,
    "unit_id" TEXT,
    "visitor_name" TEXT,
    "visitor_contact" TEXT,
    "channel" "Channel" NOT NULL DEFAULT 'WEB',
    "wa_phone" TEXT,
    "subject" TEXT,
    "status" "ConversationStatus" NOT NULL DEFAULT 'OPEN',
    "assignee_id" TEXT,
    "last_message_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_resident_message_at" TIMESTAMP(3),
    "last_staff_message_at" TIMESTAMP(3),
    "first_response_due_at" TIMESTAMP(3),
    "first_responded_at" TIMESTAMP(3),
    "resolved_at" TIMESTAMP(3),
    "resident_notified_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "conversations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "conversation_messages" (
    "id" TEXT NOT NULL,
    "seq" BIGSERIAL NOT NULL,
    "conversation_id" TEXT NOT NULL,
    "author_id" TEXT,
    "author_kind" "MessageAuthorKind" NOT NULL,
    "kind" "MessageKind" NOT NULL DEFAULT 'TEXT',
    "body" TEXT NOT NULL,
    "system_code" TEXT,
    "system_arg" TEXT,
    "wa_message_id" TEXT,
    "wa_status" TEXT,
    "wa_status_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "conversation_messages_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "conversation_attachments" (
    "message_id" TEXT NOT NULL,
    "file_id" TEXT NOT NULL,

    CONSTRAINT "conversation_attachments_pkey" PRIMARY KEY ("message_id","file_id")
);

-- CreateTable
CREATE TABLE "conversation_reads" (
    "conversation_id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "last_read_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "conversation_reads_pkey" PRIMARY KEY ("conversation_id","user_id")
);

-- CreateTable
CREATE TABLE "canned_answers" (
    "id" TEXT NOT NULL,
    "office_id" TEXT NOT NULL,
    "owner_key" TEXT NOT NULL DEFAULT '',
    "shortcut" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "canned_answers_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "conversations_request_id_key" ON "conversations"("request_id");

-- CreateIndex
CREATE UNIQUE INDEX "conversations_complaint_id_key" ON "conversations"("complaint_id");

-- CreateIndex
CREATE INDEX "conversations_office_id_last_message_at_id_idx" ON "conversations"("office_id", "last_message_at" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "conversations_office_id_status_last_message_at_id_idx" ON "conversations"("office_id", "status", "last_message_at" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "conversations_office_id_assignee_id_status_idx" ON "conversations"("office_id", "assignee_id", "status");

-- CreateIndex
CREATE INDEX "conversations_resident_user_id_last_message_at_idx" ON "conversations"("resident_user_id", "last_message_at" DESC);

-- CreateIndex
CREATE INDEX "conversations_wa_phone_idx" ON "conversations"("wa_phone");

-- CreateIndex
CREATE UNIQUE INDEX "conversation_messages_wa_message_id_key" ON "conversation_messages"("wa_message_id");

-- CreateIndex
CREATE INDEX "conversation_messages_conversation_id_seq_idx" ON "conversation_messages"("conversation_id", "seq");

-- CreateIndex
CREATE INDEX "conversation_attachments_file_id_idx" ON "conversation_attachments"("file_id");

-- CreateIndex
CREATE INDEX "conversation_reads_user_id_idx" ON "conversation_reads"("user_id");

-- CreateIndex
CREATE UNIQUE INDEX "canned_answers_office_id_owner_key_shortcut_key" ON "canned_answers"("office_id", "owner_key", "shortcut");

-- AddForeignKey
ALTER TABLE "conversations" ADD CONSTRAINT "conversations_office_id_fkey" FOREIGN KEY ("office_id") REFERENCES "offices"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "conversations" ADD CONSTRAINT "conversations_request_id_fkey" FOREIGN KEY ("request_id") REFERENCES "service_requests"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "conversations" ADD CONSTRAINT "conversations_complaint_id_fkey" FOREIGN KEY ("complaint_id") REFERENCES "complaints"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "conversations" ADD CONSTRAINT "conversations_resident_user_id_fkey" FOREIGN KEY ("resident_user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "conversations" ADD CONSTRAINT "conversations_assignee_id_fkey" FOREIGN KEY ("assignee_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "conversation_messages" ADD CONSTRAINT "conversation_messages_conversation_id_fkey" FOREIGN KEY ("conversation_id") REFERENCES "conversations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "conversation_messages" ADD CONSTRAINT "conversation_messages_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "conversation_attachments" ADD CONSTRAINT "conversation_attachments_message_id_fkey" FOREIGN KEY ("message_id") REFERENCES "conversation_messages"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "conversation_attachments" ADD CONSTRAINT "conversation_attachments_file_id_fkey" FOREIGN KEY ("file_id") REFERENCES "stored_files"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "conversation_reads" ADD CONSTRAINT "conversation_reads_conversation_id_fkey" FOREIGN KEY ("conversation_id") REFERENCES "conversations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "conversation_reads" ADD CONSTRAINT "conversation_reads_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "canned_answers" ADD CONSTRAINT "canned_answers_office_id_fkey" FOREIGN KEY ("office_id") REFERENCES "offices"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
