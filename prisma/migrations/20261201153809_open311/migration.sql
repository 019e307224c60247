-- AlterEnum
ALTER TYPE "Channel" ADD VALUE 'API';

-- AlterTable
ALTER TABLE "complaints" ADD COLUMN     "api_client_id" TEXT,
ADD COLUMN     "api_token" TEXT,
ADD COLUMN     "contact_email" TEXT,
ADD COLUMN     "contact_name" TEXT,
ADD COLUMN     "contact_phone" TEXT,
ADD COLUMN     "media_url" TEXT;

-- CreateTable
CREATE TABLE "api_clients" (
    "id" TEXT NOT NULL,
    "office_id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "contact" TEXT,
    "key_hash" TEXT NOT NULL,
    "key_prefix" TEXT NOT NULL,
    "created_by_id" TEXT NOT NULL,
    "revoked_at" TIMESTAMP(3),
    "last_used_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "api_clients_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "api_clients_key_hash_key" ON "api_clients"("key_hash");

-- CreateIndex
CREATE INDEX "api_clients_office_id_created_at_idx" ON "api_clients"("office_id", "created_at" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "complaints_api_token_key" ON "complaints"("api_token");

-- CreateIndex
CREATE INDEX "complaints_office_id_updated_at_idx" ON "complaints"("office_id", "updated_at");

-- AddForeignKey
ALTER TABLE "complaints" ADD CONSTRAINT "complaints_api_client_id_fkey" FOREIGN KEY ("api_client_id") REFERENCES "api_clients"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "api_clients" ADD CONSTRAINT "api_clients_office_id_fkey" FOREIGN KEY ("office_id") REFERENCES "offices"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "api_clients" ADD CONSTRAINT "api_clients_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
