-- CreateEnum
CREATE TYPE "ServiceTarget" AS ENUM ('SELF', 'HOUSEHOLD', 'OTHER');

-- AlterTable
ALTER TABLE "service_requests" ADD COLUMN     "subject_name" TEXT,
ADD COLUMN     "subject_nik" TEXT,
ADD COLUMN     "subject_relation" TEXT;

-- AlterTable
ALTER TABLE "services" ADD COLUMN     "subject_targets" "ServiceTarget"[] DEFAULT ARRAY['SELF', 'HOUSEHOLD']::"ServiceTarget"[];
