import "server-only";
import { db } from "@/lib/db";

export async function getPublicOfficeById(id: string) {
  return db.office.findUnique({ where: { id }, select: { id: true, slug: true, name: true } });
}

/** An active office's id from its public slug (the live queue stream's channel). */
export async function officeIdBySlug(slug: string): Promise<string | null> {
  const office = await db.office.findFirst({ where: { slug, active: true }, select: { id: true } });
  return office?.id ?? null;
}
