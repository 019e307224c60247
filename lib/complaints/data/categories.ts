import "server-only";
import { db } from "@/lib/db";

/** The office's complaint categories in the admin's order (active only for the filing form). */
export async function listOfficeCategories(officeId: string, includeInactive = false) {
  return db.complaintCategory.findMany({
    where: { officeId, ...(includeInactive ? {} : { active: true }) },
    orderBy: [{ position: "asc" }, { name: "asc" }],
    select: { id: true, name: true, slug: true, active: true, position: true, _count: { select: { complaints: true } } },
  });
}
