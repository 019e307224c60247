import "server-only";
import { db } from "@/lib/db";

export async function getPublicOfficeById(id: string) {
  return db.office.findUnique({ where: { id }, select: { id: true, slug: true, name: true } });
}
