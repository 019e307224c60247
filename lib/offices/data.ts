import "server-only";
import { db } from "@/lib/db";

export async function listPublicOffices() {
  return db.office.findMany({
    where: { active: true },
    orderBy: [{ type: "asc" }, { name: "asc" }],
    select: { id: true, slug: true, name: true, type: true, address: true, phone: true, email: true, openTime: true, closeTime: true, parentId: true },
  });
}

export async function getOfficeById(id: string) {
  return db.office.findUnique({
    where: { id },
    select: { id: true, code: true, slug: true, name: true, type: true, address: true, phone: true, email: true, openTime: true, closeTime: true, slaWarnDays: true },
  });
}

/** Today's (Jakarta date) holiday of an office, if any, for "open now" on its home. */
export async function getOfficeHoliday(officeId: string, dateKey: string) {
  return db.holiday.findUnique({ where: { officeId_date: { officeId, date: new Date(`${dateKey}T00:00:00Z`) } }, select: { name: true } });
}
