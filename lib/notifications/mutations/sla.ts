import "server-only";
import { can } from "@/lib/auth/policy";
// The scheduled SLA reminders: open requests due soon or overdue notify their assignee (or, when
// unassigned, the unit's staff); overdue ones also notify the unit's supervisors (escalation).
// Keys carry the Asia/Jakarta day, so however often the scan runs, each item notifies once a day.
import { db } from "@/lib/db";
import { slaBoundaries } from "@/lib/calendar/working-days";
import { loadOfficeCalendar } from "@/lib/calendar/data";
import type { Schedule } from "@/lib/jobs/runner";
import { dateVar } from "../format";
import { jakartaDay } from "../quiet-hours";
import { notify } from "./notify";

type Row = { id: string; number: string | null; dueAt: Date; unitId: string; assigneeId: string | null; assigneeName: string | null; service: string };

const CHUNK = 500;

export async function scanSla(now = new Date()): Promise<{ dueSoon: number; overdue: number }> {
  const offices = await db.office.findMany({ where: { active: true }, select: { id: true, name: true } });
  let dueSoon = 0;
  let overdue = 0;
  const day = jakartaDay(now);
  for (const office of offices) {
    const calendar = await loadOfficeCalendar(office.id, undefined, now);
    const { dueSoonUntil } = slaBoundaries(now, calendar.slaWarnDays, calendar);
    let after = "";
    for (;;) {
      // Served by the (office_id, status, paused_at, due_at) index; keyset by id within the office.
      const rows = await db.$queryRaw<Row[]>`
        SELECT r.id, r.number, r.due_at AS "dueAt", r.unit_id AS "unitId", r.assignee_id AS "assigneeId", a.name AS "assigneeName", s.name AS service
        FROM service_requests r JOIN services s ON s.id = r.service_id LEFT JOIN users a ON a.id = r.assignee_id
        WHERE r.office_id = ${office.id} AND r.status IN ('SUBMITTED', 'VERIFIED', 'PROCESSING') AND r.paused_at IS NULL
          AND r.due_at <= (${dueSoonUntil.toISOString()}::timestamptz AT TIME ZONE 'UTC') AND r.id > ${after}
        ORDER BY r.id LIMIT ${CHUNK}`;
      if (!rows.length) break;
      after = rows[rows.length - 1].id;
      const unitIds = [...new Set(rows.map((r) => r.unitId))];
      const members = await db.unitMember.findMany({
        where: { unitId: { in: unitIds }, user: { active: true, officeId: office.id, role: { in: ["STAFF", "SUPERVISOR"] } } },
        select: { unitId: true, userId: true, user: { select: { role: true } } },
      });
      const officeSupervisors = (await db.user.findMany({ where: { officeId: office.id, role: "SUPERVISOR", active: true }, select: { id: true } })).map((u) => u.id);
      await db.$transaction(async (tx) => {
        for (const r of rows) {
          const late = r.dueAt < now;
          const unitStaff = members.filter((m) => m.unitId === r.unitId && can(m.user.role, "work.reminders")).map((m) => m.userId);
          const handlers = r.assigneeId ? [r.assigneeId] : unitStaff;
          const vars = { kantor: office.name, nomor: r.number ?? "", layanan: r.service, tenggat: dateVar(r.dueAt, true), petugas: r.assigneeName ?? "-" };
          const base = { officeId: office.id, target: { type: "request", id: r.id }, vars, now };
          const event = late ? "work.overdue" : "work.due_soon";
          if (handlers.length) {
            await notify(tx, { ...base, event, key: `${event}:${r.id}:${day}`, recipients: handlers.map((userId) => ({ userId, link: `/petugas/permohonan/${r.id}` })) });
          }
          if (late) {
            overdue++;
            const unitSupervisors = members.filter((m) => m.unitId === r.unitId && can(m.user.role, "work.escalations")).map((m) => m.userId);
            const supervisors = unitSupervisors.length ? unitSupervisors : officeSupervisors;
            if (supervisors.length) {
              await notify(tx, {
                ...base, event: "work.overdue_escalation", key: `work.overdue_escalation:${r.id}:${day}`,
                recipients: supervisors.map((userId) => ({ userId, link: `/petugas/permohonan/${r.id}` })),
              });
            }
          } else dueSoon++;
        }
      });
      if (rows.length < CHUNK) break;
    }
  }
  return { dueSoon, overdue };
}

export function slaSchedule(): Schedule {
  return { name: "notifications.sla", everyMs: Number(process.env.NOTIFY_SLA_SCAN_MS ?? 15 * 60_000), run: (now) => scanSla(now).then(() => undefined) };
}
