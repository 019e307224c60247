import "server-only";
import { db } from "@/lib/db";

export type QueueStatRow = {
  key: string;
  tickets: number;
  waitMean: number | null;
  waitMedian: number | null;
  waitP90: number | null;
  waitSd: number | null;
  serviceMean: number | null;
  serviceMedian: number | null;
  serviceP90: number | null;
  serviceSd: number | null;
  noShowRate: number | null;
};

export const QUEUE_DIMENSIONS = ["service", "counter", "day", "hour"] as const;
export type QueueDimension = (typeof QUEUE_DIMENSIONS)[number];

type Raw = {
  key: string | null; tickets: bigint; no_show: bigint; closed: bigint;
  wait_mean: number | null; wait_median: number | null; wait_p90: number | null; wait_sd: number | null;
  svc_mean: number | null; svc_median: number | null; svc_p90: number | null; svc_sd: number | null;
};

const r1 = (v: number | null) => (v === null ? null : Math.round(v * 10) / 10);

/**
 * Waiting time (check-in → called) and service time (called → finished) in minutes, as mean,
 * median, P90 (nearest rank, percentile_disc) and population standard deviation, plus the no-show
 * rate, for one office's Jakarta days [fromKey, toKey) grouped by service, loket, day or hour (WIB). Aggregated in SQL.
 */
export async function queueStats(officeId: string, fromKey: string, toKey: string, dimension: QueueDimension): Promise<QueueStatRow[]> {
  const rows = await db.$queryRaw<Raw[]>`
    WITH t AS (
      SELECT t.status,
        CASE ${dimension}
          WHEN 'service' THEN s.prefix || ' · ' || s.name
          WHEN 'counter' THEN 'Loket ' || c.number::text
          WHEN 'day' THEN to_char(t.day, 'YYYY-MM-DD')
          ELSE to_char(t.called_at + interval '7 hours', 'HH24') || ':00'
        END AS key,
        extract(epoch FROM t.called_at - COALESCE(t.checked_in_at, t.created_at)) / 60 AS wait_min,
        CASE WHEN t.status = 'DONE' THEN extract(epoch FROM t.finished_at - t.called_at) / 60 END AS svc_min
      FROM queue_tickets t
      JOIN queue_services s ON s.id = t.queue_service_id
      LEFT JOIN queue_counters c ON c.id = t.counter_id
      WHERE t.office_id = ${officeId} AND t.day >= ${fromKey}::date AND t.day < ${toKey}::date AND t.status IN ('DONE', 'NO_SHOW')
    )
    SELECT key, count(*) AS tickets,
      count(*) FILTER (WHERE status = 'NO_SHOW') AS no_show, count(*) AS closed,
      avg(wait_min)::float8 AS wait_mean,
      (percentile_cont(0.5) WITHIN GROUP (ORDER BY wait_min))::float8 AS wait_median,
      (percentile_disc(0.9) WITHIN GROUP (ORDER BY wait_min))::float8 AS wait_p90,
      stddev_pop(wait_min)::float8 AS wait_sd,
      avg(svc_min)::float8 AS svc_mean,
      (percentile_cont(0.5) WITHIN GROUP (ORDER BY svc_min))::float8 AS svc_median,
      (percentile_disc(0.9) WITHIN GROUP (ORDER BY svc_min))::float8 AS svc_p90,
      stddev_pop(svc_min)::float8 AS svc_sd
    FROM t WHERE key IS NOT NULL GROUP BY key ORDER BY key`;
  return rows.map((r) => ({
    key: r.key ?? "",
    tickets: Number(r.tickets),
    waitMean: r1(r.wait_mean), waitMedian: r1(r.wait_median), waitP90: r1(r.wait_p90), waitSd: r1(r.wait_sd),
    serviceMean: r1(r.svc_mean), serviceMedian: r1(r.svc_median), serviceP90: r1(r.svc_p90), serviceSd: r1(r.svc_sd),
    noShowRate: Number(r.closed) ? Math.round((Number(r.no_show) / Number(r.closed)) * 1000) / 10 : null,
  }));
}

export async function queueStatsAll(officeId: string, fromKey: string, toKey: string): Promise<Record<QueueDimension, QueueStatRow[]>> {
  const rows = await Promise.all(QUEUE_DIMENSIONS.map((d) => queueStats(officeId, fromKey, toKey, d)));
  return Object.fromEntries(QUEUE_DIMENSIONS.map((d, i) => [d, rows[i]])) as Record<QueueDimension, QueueStatRow[]>;
}
