import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/types";

/** The office's holidays of one calendar year. */
export async function listHolidays(actor: Actor, year: number) {
  return db.holiday.findMany({
    where: { officeId: actor.officeId, date: { gte: new Date(Date.UTC(year, 0, 1)), lt: new Date(Date.UTC(year + 1, 0, 1)) } },
    orderBy: { date: "asc" },
    select: { id: true, date: true, name: true, national: true, cutiBersama: true },
  });
}
