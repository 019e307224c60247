// The scheduled deadline reminders (scanSla), on real rows: who is told that a request or a complaint
// is due soon or overdue, who gets the escalation, and that a second scan the same day adds nothing.
import { beforeAll, describe, expect, it } from "vitest";
import { buildWorld, db, makeRequest, type World } from "@/test/support/requests-world";
import { scanSla } from "./mutations/sla";

let w: World;
let category: string;
let seq = 0;

beforeAll(async () => {
  w = await buildWorld();
  category = (await db.complaintCategory.create({ data: { officeId: w.offices.pakansari.id, slug: "jalan", name: "Jalan dan lampu" } })).id;
}, 60_000);

const HOUR = 3_600_000;

async function complaint(input: { status: "SUBMITTED" | "VERIFIED" | "DISPOSED" | "FOLLOWED_UP" | "COMPLETED"; verifyDueAt: Date; dueAt?: Date; unitId?: string }) {
  seq += 1;
  return db.complaint.create({
    data: {
      officeId: w.offices.pakansari.id, ticket: `SLA-TEST-${seq}`, classification: "PENGADUAN", categoryId: category,
      title: `Lampu jalan mati ${seq}`, description: "Lampu jalan di gang mati sejak seminggu.", privacy: "PUBLIK",
      reporterId: w.residents.siti.userId, status: input.status, verifyDueAt: input.verifyDueAt, dueAt: input.dueAt ?? null, unitId: input.unitId ?? null,
    },
    select: { id: true, ticket: true },
  });
}

/** Who got which reminder about this record: "event → userId" pairs, sorted. */
async function told(targetId: string) {
  const rows = await db.notification.findMany({ where: { targetId, event: { startsWith: "work." } }, select: { event: true, userId: true, link: true, vars: true } });
  return rows;
}
const pairs = (rows: { event: string; userId: string }[]) => rows.map((r) => `${r.event} → ${r.userId}`).sort();

describe("deadline reminders for complaints", () => {
  it("a complaint past its verification limit tells the office's staff and escalates to the Lurah, once a day", async () => {
    const now = new Date();
    const c = await complaint({ status: "SUBMITTED", verifyDueAt: new Date(now.getTime() - 2 * HOUR) });
    const first = await scanSla(now);
    expect(first.complaints.overdue).toBeGreaterThanOrEqual(1);
    const u = w.users;
    expect(pairs(await told(c.id))).toEqual(
      [`work.overdue → ${u.petugas}`, `work.overdue → ${u.petugasEkbang}`, `work.overdue → ${u.petugasRw}`, `work.overdue_escalation → ${u.lurah}`].sort(),
    );
    const rows = await told(c.id);
    expect(rows.every((r) => r.link === `/petugas/pengaduan/${c.id}`)).toBe(true);
    expect(rows[0].vars).toMatchObject({ nomor: c.ticket, layanan: expect.stringContaining("verifikasi pengaduan") });
    // No one of the other office hears about it.
    expect(rows.some((r) => r.userId === u.petugasTengah)).toBe(false);

    await scanSla(new Date(now.getTime() + 60_000)); // the next scan, same Jakarta day
    expect(await told(c.id)).toHaveLength(4);
  });

  it("a disposed complaint due soon tells only the disposed unit's staff, without escalation", async () => {
    const now = new Date();
    const c = await complaint({ status: "DISPOSED", verifyDueAt: new Date(now.getTime() - 48 * HOUR), dueAt: new Date(now.getTime() + HOUR), unitId: w.offices.pakansari.units.EKBANG });
    await scanSla(now);
    expect(pairs(await told(c.id))).toEqual([`work.due_soon → ${w.users.petugasEkbang}`]);
  });

  it("a complaint verified but not yet disposed is the office staff's to watch", async () => {
    const now = new Date();
    const c = await complaint({ status: "VERIFIED", verifyDueAt: new Date(now.getTime() - 48 * HOUR), dueAt: new Date(now.getTime() - HOUR) });
    await scanSla(now);
    const got = pairs(await told(c.id));
    expect(got).toContain(`work.overdue → ${w.users.petugas}`);
    expect(got).toContain(`work.overdue_escalation → ${w.users.lurah}`);
  });

  it("a completed complaint, or one whose limit is still far, is left alone", async () => {
    const now = new Date();
    const done = await complaint({ status: "COMPLETED", verifyDueAt: new Date(now.getTime() - 96 * HOUR), dueAt: new Date(now.getTime() - 48 * HOUR) });
    const far = await complaint({ status: "SUBMITTED", verifyDueAt: new Date(now.getTime() + 20 * 24 * HOUR) });
    await scanSla(now);
    expect(await told(done.id)).toEqual([]);
    expect(await told(far.id)).toEqual([]);
  });
});

describe("deadline reminders for requests", () => {
  it("an overdue request tells its assignee and escalates; a paused one waits for the resident", async () => {
    const now = new Date();
    const late = await makeRequest({ officeId: w.offices.pakansari.id, serviceId: w.services.ekbang, residentId: w.residents.siti.profileId, status: "PROCESSING", dueAt: new Date(now.getTime() - HOUR), assigneeId: w.users.petugasEkbang });
    const paused = await makeRequest({ officeId: w.offices.pakansari.id, serviceId: w.services.ekbang, residentId: w.residents.siti.profileId, status: "VERIFIED", dueAt: new Date(now.getTime() - HOUR), pausedAt: new Date(now.getTime() - 2 * HOUR) });
    await scanSla(now);
    expect(pairs(await told(late.id))).toEqual([`work.overdue → ${w.users.petugasEkbang}`, `work.overdue_escalation → ${w.users.lurah}`].sort());
    expect(await told(paused.id)).toEqual([]);
  });
});
