-- AlterTable
ALTER TABLE "users" ADD COLUMN     "data_saver" BOOLEAN;
