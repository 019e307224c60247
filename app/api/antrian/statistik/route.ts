import { getActor } from "@/lib/auth";
import { can } from "@/lib/auth/policy";
import { QUEUE_DIMENSIONS, queueStats, type QueueDimension } from "@/lib/antrian/data/stats";
import { toCsv } from "@/lib/dashboard/stats";
import { periodBounds } from "@/lib/dashboard/period";
import { resolveDashboardQuery } from "@/lib/dashboard/query";
import { jakartaDateKey } from "@/lib/calendar/working-days";

const COLUMNS = ["kelompok", "jumlah", "tunggu_rata2_menit", "tunggu_median", "tunggu_p90", "tunggu_sd", "layanan_rata2_menit", "layanan_median", "layanan_p90", "layanan_sd", "tidak_hadir_persen"];

/** Queue waiting/service time statistics as CSV, for the supervisor's office and period. */
export async function GET(req: Request) {
  const actor = await getActor();
  if (!actor || !can(actor.role, "dashboard.view")) return new Response("not found", { status: 404 });
  const search = Object.fromEntries(new URL(req.url).searchParams);
  const q = await resolveDashboardQuery(actor, search, "month");
  if (!q) return new Response("not found", { status: 404 });
  const dimension = (QUEUE_DIMENSIONS as readonly string[]).includes(search.by) ? (search.by as QueueDimension) : "service";
  const { start, end } = periodBounds(q.period);
  const rows = await queueStats(q.office.id, jakartaDateKey(start), jakartaDateKey(end), dimension);
  const csv = toCsv(COLUMNS, rows.map((r) => [r.key, r.tickets, r.waitMean, r.waitMedian, r.waitP90, r.waitSd, r.serviceMean, r.serviceMedian, r.serviceP90, r.serviceSd, r.noShowRate]));
  return new Response(csv, {
    headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="antrian-${dimension}-${q.period.key}.csv"`, "Cache-Control": "no-store" },
  });
}
