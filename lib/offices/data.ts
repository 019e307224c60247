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
