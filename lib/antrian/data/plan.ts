import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { DEFAULT_RULES, type QueueRules } from "../rules";
import { planDay, type DayPlan } from "../slots";

type Client = Prisma.TransactionClient;

/** The office's queue rules (defaults until an admin saves them). */
export async function loadRules(officeId: string, client: Client = db): Promise<QueueRules & { priorityEvery: number }> {
  const row = await client.queueSettings.findUnique({ where: { officeId } });
  return row ?? { ...DEFAULT_RULES, priorityEvery: 0 };
}

/** One service's plan for a Jakarta day: schedules, office holidays and closures applied. */
export async function loadDayPlan(queueService: { id: string; officeId: string }, dayKey: string, client: Client = db): Promise<DayPlan> {
  const day = new Date(`${dayKey}T00:00:00Z`);
  const [schedules, holiday, closure] = await Promise.all([
    client.queueSchedule.findMany({ where: { queueServiceId: queueService.id, active: true } }),
    client.holiday.findFirst({ where: { officeId: queueService.officeId, date: day }, select: { id: true } }),
    client.queueClosure.findFirst({
      where: { officeId: queueService.officeId, date: day, OR: [{ queueServiceId: null }, { queueServiceId: queueService.id }] },
      select: { id: true },
    }),
  ]);
  return planDay(dayKey, schedules, { holidays: new Set(holiday ? [dayKey] : []) }, Boolean(closure));
}
