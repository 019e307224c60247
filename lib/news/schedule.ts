import "server-only";
import { expireDueNews } from "./mutations";

/** The worker's check, every 10 s, for news due or expired by the clock (see expireDueNews). */
export function newsDueSchedule() {
  return { name: "news.due", everyMs: 10_000, run: async (now: Date) => void (await expireDueNews(now)) };
}
