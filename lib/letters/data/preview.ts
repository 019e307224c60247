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

/** The office's services with whether each has a letter template, for the admin list. */
export async function templateOverview(officeId: string) {
  return db.service.findMany({
    where: { officeId },
    orderBy: { name: "asc" },
    select: { id: true, name: true, active: true, letterTemplate: { select: { id: true, title: true, requiresApproval: true } } },
  });
}

/** One service's template (or null) with the field codes its body may use. */
export async function templateEditor(officeId: string, serviceId: string) {
  return db.service.findFirst({
    where: { id: serviceId, officeId },
    select: {
      id: true, name: true,
      requirements: { where: { kind: "FIELD" }, orderBy: { position: "asc" }, select: { code: true, label: true } },
      letterTemplate: true,
    },
  });
}
