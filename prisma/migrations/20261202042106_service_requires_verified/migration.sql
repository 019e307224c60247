-- AlterTable
ALTER TABLE "services" ADD COLUMN     "requires_verified_account" BOOLEAN NOT NULL DEFAULT false;
