-- AlterTable
ALTER TABLE "service_requests" ADD COLUMN     "contact_email" TEXT,
ADD COLUMN     "contact_phone" TEXT;
