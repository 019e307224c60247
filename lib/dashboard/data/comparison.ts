import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { computeIkm, type IkmCategory } from "@/lib/survey/ikm";
import { UNSUR_CODES } from "@/lib/survey/frame";
import { sumAggregateRows, toAggregates, type AggregateRow } from "@/lib/survey/data/aggregate";
import { periodBounds, type Period } from "../period";
import { percent } from "../stats";

// The Camat's side-by-side table: each office under the kecamatan (and the kecamatan office itself)
// with the kecamatan total. Three grouped queries over all the offices at once, not one per office.

export type OfficeFigures = {
  officeId: string | null;
  name: string;
  /** Requests submitted in the period (drafts never count). */
  received: number;
  /** Requests completed in the period (whenever they were submitted). */
  completed: number;
  /** Of those, completed on or before their due date. */
  onTime: number;
  onTimeRate: number | null;
  /** Open now (not waiting on the resident) and past their due date. */
  openOverdue: number;
  /** Complaints received in the period. */
  complaints: number;
  respondents: number;
  ikm: number | null;
  category: IkmCategory | null;
};

const sums = Prisma.raw(
  UNSUR_CODES.map((_, i) => `COALESCE(SUM(u${i + 1}), 0)::bigint AS s${i + 1}, COUNT(u${i + 1})::bigint AS c${i + 1}`).join(", "),
);

export async function officeComparison(offices: { id: string; name: string }[], period: Period, now = new Date()) {
  const { start, end } = periodBounds(period);
  const ids = offices.map((o) => o.id);
  if (ids.length === 0) return { rows: [] as OfficeFigures[], total: null };
  const idList = Prisma.join(ids);
  const [requests, complaints, survey] = await Promise.all([
    db.$queryRaw<{ office_id: string; received: bigint; completed: bigint; on_time: bigint; open_overdue: bigint }[]>(Prisma.sql`
      SELECT office_id,
        COUNT(*) FILTER (WHERE submitted_at >= ${start} AND submitted_at < ${end})::bigint AS received,
        COUNT(*) FILTER (WHERE status = 'COMPLETED' AND completed_at >= ${start} AND completed_at < ${end})::bigint AS completed,
        COUNT(*) FILTER (WHERE status = 'COMPLETED' AND completed_at >= ${start} AND completed_at < ${end} AND completed_at <= due_at)::bigint AS on_time,
        COUNT(*) FILTER (WHERE status IN ('SUBMITTED', 'VERIFIED', 'PROCESSING') AND paused_at IS NULL AND due_at < ${now})::bigint AS open_overdue
      FROM service_requests
      WHERE office_id IN (${idList}) AND status <> 'DRAFT'
        AND ((submitted_at >= ${start} AND submitted_at < ${end})
          OR (completed_at >= ${start} AND completed_at < ${end})
          OR status IN ('SUBMITTED', 'VERIFIED', 'PROCESSING'))
      GROUP BY office_id`),
    db.$queryRaw<{ office_id: string; n: bigint }[]>(Prisma.sql`
      SELECT office_id, COUNT(*)::bigint AS n FROM complaints
      WHERE office_id IN (${idList}) AND created_at >= ${start} AND created_at < ${end}
      GROUP BY office_id`),
    db.$queryRaw<(AggregateRow & { office_id: string })[]>(Prisma.sql`
      SELECT office_id, COUNT(*)::bigint AS n, ${sums} FROM survey_responses
      WHERE office_id IN (${idList}) AND submitted_at >= ${start} AND submitted_at < ${end}
      GROUP BY office_id`),
  ]);
  const req = new Map(requests.map((r) => [r.office_id, r]));
  const cmp = new Map(complaints.map((r) => [r.office_id, Number(r.n)]));
  const srv = new Map(survey.map((r) => [r.office_id, r]));

  const figures = (officeId: string | null, name: string, r: { received: number; completed: number; onTime: number; openOverdue: number }, complaintsN: number, agg: AggregateRow | undefined): OfficeFigures => {
    const ikm = agg ? computeIkm(toAggregates(agg)) : null;
    return {
      officeId, name, ...r, onTimeRate: percent(r.onTime, r.completed), complaints: complaintsN,
      respondents: agg ? Number(agg.n) : 0, ikm: ikm?.ikm ?? null, category: ikm?.category ?? null,
    };
  };
  const rows = offices.map((o) => {
    const r = req.get(o.id);
    return figures(
      o.id, o.name,
      { received: Number(r?.received ?? 0), completed: Number(r?.completed ?? 0), onTime: Number(r?.on_time ?? 0), openOverdue: Number(r?.open_overdue ?? 0) },
      cmp.get(o.id) ?? 0, srv.get(o.id),
    );
  });
  const add = (k: "received" | "completed" | "onTime" | "openOverdue" | "complaints") => rows.reduce((n, r) => n + r[k], 0);
  // The kecamatan IKM pools every answer (sums and counts are additive), it is not a mean of the offices' IKM.
  const total = figures(
    null, "",
    { received: add("received"), completed: add("completed"), onTime: add("onTime"), openOverdue: add("openOverdue") },
    add("complaints"), survey.length ? sumAggregateRows(survey) : undefined,
  );
  return { rows, total };
}
