import "server-only";
import { expireDueNews } from "./mutations";

/** The worker's once-a-minute check for news due or expired by the clock (see expireDueNews). */
export function newsDueSchedule() {
  return { name: "news.due", everyMs: 60_000, run: async (now: Date) => void (await expireDueNews(now)) };
}
