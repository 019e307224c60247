import "server-only";
import { db } from "@/lib/db";

export async function saveUserLocale(userId: string, locale: string) {
  await db.user.update({ where: { id: userId }, data: { locale } });
}
