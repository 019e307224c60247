import "server-only";
import { can } from "@/lib/auth/policy";
// The scheduled SLA reminders: open requests due soon or overdue notify their assignee (or, when
// unassigned, the unit's staff); overdue ones also notify the unit's supervisors (escalation).
// Complaints likewise, on the clock that runs at their stage: waiting for verification (the
// verification limit; the office's staff verify) or verified/disposed/followed up (the handling
// limit; the disposed unit's staff, or the office's staff while no unit has it).
// Keys carry the Asia/Jakarta day, so however often the scan runs, each item notifies once a day.
import { db } from "@/lib/db";
import { slaBoundaries } from "@/lib/calendar/working-days";
import { loadOfficeCalendar } from "@/lib/calendar/data";
import type { Schedule } from "@/lib/jobs/runner";
import { dateVar } from "../format";
import { jakartaDay } from "../quiet-hours";
import { notify } from "./notify";

type ComplaintRow = { id: string; ticket: string; title: string; verifying: boolean; dueAt: Date; unitId: string | null };
type Row = { id: string; number: string | null; dueAt: Date; unitId: string; assigneeId: string | null; assigneeName: string | null; service: string };

const CHUNK = 500;

export type SlaScan = { dueSoon: number; overdue: number; complaints: { dueSoon: number; overdue: number } };

export async function scanSla(now = new Date()): Promise<SlaScan> {
  const offices = await db.office.findMany({ where: { active: true }, select: { id: true, name: true } });
  let dueSoon = 0;
  let overdue = 0;
  const complaints = { dueSoon: 0, overdue: 0 };
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
    const counted = await scanComplaints(office, dueSoonUntil, day, now);
    complaints.dueSoon += counted.dueSoon;
    complaints.overdue += counted.overdue;
  }
  return { dueSoon, overdue, complaints };
}

async function scanComplaints(office: { id: string; name: string }, dueSoonUntil: Date, day: string, now: Date) {
  const counted = { dueSoon: 0, overdue: 0 };
  const until = dueSoonUntil.toISOString();
  let after = "";
  for (;;) {
    // Open complaints are few beside the office's history: the (office_id, status, …) index finds them.
    const rows = await db.$queryRaw<ComplaintRow[]>`
      SELECT c.id, c.ticket, c.title, c.status = 'SUBMITTED' AS verifying,
        CASE WHEN c.status = 'SUBMITTED' THEN c.verify_due_at ELSE c.due_at END AS "dueAt", c.unit_id AS "unitId"
      FROM complaints c
      WHERE c.office_id = ${office.id} AND c.id > ${after} AND (
        (c.status = 'SUBMITTED' AND c.verify_due_at <= (${until}::timestamptz AT TIME ZONE 'UTC'))
        OR (c.status IN ('VERIFIED', 'DISPOSED', 'FOLLOWED_UP') AND c.due_at <= (${until}::timestamptz AT TIME ZONE 'UTC')))
      ORDER BY c.id LIMIT ${CHUNK}`;
    if (!rows.length) break;
    after = rows[rows.length - 1].id;
    const unitIds = [...new Set(rows.flatMap((r) => (r.unitId && !r.verifying ? [r.unitId] : [])))];
    const [members, officeStaff] = await Promise.all([
      db.unitMember.findMany({
        where: { unitId: { in: unitIds }, user: { active: true, officeId: office.id, role: { in: ["STAFF", "SUPERVISOR"] } } },
        select: { unitId: true, userId: true, user: { select: { role: true } } },
      }),
      db.user.findMany({ where: { officeId: office.id, active: true, role: { in: ["STAFF", "SUPERVISOR"] } }, select: { id: true, role: true } }),
    ]);
    const officeHandlers = officeStaff.filter((u) => can(u.role, "work.reminders") && can(u.role, "complaint.handle")).map((u) => u.id);
    const officeSupervisors = officeStaff.filter((u) => can(u.role, "work.escalations")).map((u) => u.id);
    await db.$transaction(async (tx) => {
      for (const c of rows) {
        const late = c.dueAt < now;
        const unit = c.verifying ? [] : members.filter((m) => m.unitId === c.unitId);
        const unitStaff = unit.filter((m) => can(m.user.role, "work.reminders")).map((m) => m.userId);
        const handlers = unitStaff.length ? unitStaff : officeHandlers;
        const stage = c.verifying ? "verify" : "handle";
        // Staff learn the ticket and title, never who reported it.
        const vars = { kantor: office.name, nomor: c.ticket, layanan: `${c.verifying ? "verifikasi pengaduan" : "pengaduan"} "${c.title}"`, tenggat: dateVar(c.dueAt, true), petugas: "-" };
        const link = `/petugas/pengaduan/${c.id}`;
        const base = { officeId: office.id, target: { type: "complaint", id: c.id }, vars, now };
        const event = late ? "work.overdue" : "work.due_soon";
        if (handlers.length) {
          await notify(tx, { ...base, event, key: `${event}:${c.id}:${stage}:${day}`, recipients: handlers.map((userId) => ({ userId, link })) });
        }
        if (!late) {
          counted.dueSoon++;
          continue;
        }
        counted.overdue++;
        const unitSupervisors = unit.filter((m) => can(m.user.role, "work.escalations")).map((m) => m.userId);
        const supervisors = unitSupervisors.length ? unitSupervisors : officeSupervisors;
        if (supervisors.length) {
          await notify(tx, {
            ...base, event: "work.overdue_escalation", key: `work.overdue_escalation:${c.id}:${stage}:${day}`,
            recipients: supervisors.map((userId) => ({ userId, link })),
          });
        }
      }
    });
    if (rows.length < CHUNK) break;
  }
  return counted;
}

export function slaSchedule(): Schedule {
  return { name: "notifications.sla", everyMs: Number(process.env.NOTIFY_SLA_SCAN_MS ?? 15 * 60_000), run: (now) => scanSla(now).then(() => undefined) };
}
