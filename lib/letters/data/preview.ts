import "server-only";
import { db } from "@/lib/db";

/** The read client the template preview uses (a data module, so actions need not import Prisma). */
export const previewClient = db;

/** The latest requests of a service in the office, to preview a template with real data. */
export async function previewRequests(officeId: string, serviceId: string) {
  return db.serviceRequest.findMany({
    where: { officeId, serviceId, status: { not: "DRAFT" } },
    orderBy: [{ submittedAt: "desc" }, { id: "desc" }],
    take: 20,
    select: { id: true, number: true, resident: { select: { fullName: true } } },
  });
}
