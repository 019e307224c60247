import "server-only";
import { db } from "@/lib/db";

export async function saveUserLocale(userId: string, locale: string) {
  await db.user.update({ where: { id: userId }, data: { locale } });
}

/** The account's "hemat data" choice: true, false, or null to follow the phone. */
export async function saveUserDataSaver(userId: string, dataSaver: boolean | null) {
  await db.user.update({ where: { id: userId }, data: { dataSaver } });
}
