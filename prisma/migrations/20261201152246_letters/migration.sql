-- CreateEnum
CREATE TYPE "QrPlacement" AS ENUM ('LEFT', 'RIGHT');

-- CreateEnum
CREATE TYPE "LetterStatus" AS ENUM ('PENDING_APPROVAL', 'RETURNED', 'FINAL', 'REVOKED');

-- CreateTable
CREATE TABLE "letter_settings" (
    "office_id" TEXT NOT NULL,
    "number_pattern" TEXT NOT NULL DEFAULT '{kode}/{seq}/{unit}/{bulan_romawi}/{tahun}',
    "kop_government" TEXT NOT NULL DEFAULT 'PEMERINTAH KABUPATEN BOGOR',
    "kop_parent" TEXT,
    "kop_name" TEXT NOT NULL,
    "kop_address" TEXT NOT NULL,
    "kop_contacts" TEXT,
    "logo_file_id" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "letter_settings_pkey" PRIMARY KEY ("office_id")
);

-- CreateTable
CREATE TABLE "letter_templates" (
    "id" TEXT NOT NULL,
    "office_id" TEXT NOT NULL,
    "service_id" TEXT NOT NULL,
    "code" TEXT NOT NULL DEFAULT '470',
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "signer_position" TEXT NOT NULL,
    "signer_name" TEXT NOT NULL,
    "signer_nip" TEXT,
    "sign_place" TEXT NOT NULL,
    "qr_placement" "QrPlacement" NOT NULL DEFAULT 'LEFT',
    "requires_approval" BOOLEAN NOT NULL DEFAULT true,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "letter_templates_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "letters" (
    "id" TEXT NOT NULL,
    "office_id" TEXT NOT NULL,
    "service_id" TEXT NOT NULL,
    "request_id" TEXT NOT NULL,
    "template_id" TEXT NOT NULL,
    "status" "LetterStatus" NOT NULL,
    "content" JSONB NOT NULL,
    "subject_name" TEXT NOT NULL,
    "subject_nik" TEXT NOT NULL,
    "signer_name" TEXT NOT NULL,
    "signer_position" TEXT NOT NULL,
    "signature_mode" TEXT NOT NULL DEFAULT 'QR',
    "number" TEXT,
    "year" INTEGER,
    "seq" INTEGER,
    "token" TEXT,
    "verify_url" TEXT,
    "file_id" TEXT,
    "sha256" TEXT,
    "issued_at" TIMESTAMP(3),
    "created_by_id" TEXT,
    "approved_by_id" TEXT,
    "return_note" TEXT,
    "revoked_at" TIMESTAMP(3),
    "revoke_reason" TEXT,
    "replaced_by_id" TEXT,
    "verify_count" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "letters_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "letter_verifications" (
    "id" BIGSERIAL NOT NULL,
    "letter_id" TEXT NOT NULL,
    "method" TEXT NOT NULL,
    "matched" BOOLEAN,
    "ip" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "letter_verifications_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "letter_templates_service_id_key" ON "letter_templates"("service_id");

-- CreateIndex
CREATE INDEX "letter_templates_office_id_idx" ON "letter_templates"("office_id");

-- CreateIndex
CREATE UNIQUE INDEX "letters_token_key" ON "letters"("token");

-- CreateIndex
CREATE UNIQUE INDEX "letters_replaced_by_id_key" ON "letters"("replaced_by_id");

-- CreateIndex
CREATE INDEX "letters_office_id_status_created_at_id_idx" ON "letters"("office_id", "status", "created_at" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "letters_request_id_idx" ON "letters"("request_id");

-- CreateIndex
CREATE INDEX "letters_number_issued_at_idx" ON "letters"("number", "issued_at");

-- CreateIndex
CREATE UNIQUE INDEX "letters_office_id_number_key" ON "letters"("office_id", "number");

-- CreateIndex
CREATE INDEX "letter_verifications_letter_id_created_at_idx" ON "letter_verifications"("letter_id", "created_at" DESC);

-- AddForeignKey
ALTER TABLE "letter_settings" ADD CONSTRAINT "letter_settings_office_id_fkey" FOREIGN KEY ("office_id") REFERENCES "offices"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "letter_templates" ADD CONSTRAINT "letter_templates_office_id_fkey" FOREIGN KEY ("office_id") REFERENCES "offices"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "letter_templates" ADD CONSTRAINT "letter_templates_service_id_fkey" FOREIGN KEY ("service_id") REFERENCES "services"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "letters" ADD CONSTRAINT "letters_office_id_fkey" FOREIGN KEY ("office_id") REFERENCES "offices"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "letters" ADD CONSTRAINT "letters_service_id_fkey" FOREIGN KEY ("service_id") REFERENCES "services"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "letters" ADD CONSTRAINT "letters_request_id_fkey" FOREIGN KEY ("request_id") REFERENCES "service_requests"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "letters" ADD CONSTRAINT "letters_template_id_fkey" FOREIGN KEY ("template_id") REFERENCES "letter_templates"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "letters" ADD CONSTRAINT "letters_replaced_by_id_fkey" FOREIGN KEY ("replaced_by_id") REFERENCES "letters"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "letter_verifications" ADD CONSTRAINT "letter_verifications_letter_id_fkey" FOREIGN KEY ("letter_id") REFERENCES "letters"("id") ON DELETE CASCADE ON UPDATE CASCADE;
