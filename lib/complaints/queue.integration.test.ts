import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/types";
import { db } from "@/lib/db";
import type { SeedContext } from "@/prisma/seed/base";
import { seedClient } from "@/prisma/seed/client";
import { seedComplaints } from "@/prisma/seed/complaints";
import { complaintExportRows } from "./data/export";
import { computePublicStatistics, getPublicStatistics } from "./data/public";
import { getMyComplaint, listMyComplaints } from "./data/resident";
import { getComplaintForStaff, listComplaintQueue } from "./data/staff";
import { PAGE_SIZE } from "@/lib/paging/keyset";
import type { QueueFilters } from "./filters";
import { actor, content, seedDemo } from "@/test/support/complaints-setup";
import { fileComplaint } from "./mutations/file";

let ctx: SeedContext;
let siti: Actor, budi: Actor, petugas: Actor, petugasTengah: Actor;

beforeAll(async () => {
  ctx = await seedDemo();
  [siti, budi, petugas, petugasTengah] = await Promise.all(
    [ctx.residents.siti.userId, ctx.residents.budi.userId, ctx.users.petugas, ctx.users.petugasTengah].map(actor),
  );
  // Enough extra complaints for several pages.
  const categoryId = (await db.complaintCategory.findFirstOrThrow({ where: { officeId: ctx.offices.pakansari.id, slug: "sampah" } })).id;
  for (let i = 0; i < 30; i++) {
    const filed = await fileComplaint(i % 2 ? siti : budi, content({ categoryId, title: `Sampah menumpuk nomor ${i}`, privacy: i % 3 === 0 ? "ANONIM" : "PUBLIK" }));
    if (!filed.ok) throw new Error("filing failed");
  }
});

async function allPages(a: Actor, filters: QueueFilters) {
  const ids: string[] = [];
  let after: string | undefined;
  for (let guard = 0; guard < 50; guard++) {
    const page = await listComplaintQueue(a, { ...filters, after });
    ids.push(...page.rows.map((r) => r.id));
    if (!page.nextCursor) break;
    after = page.nextCursor;
  }
  return ids;
}

async function exported(a: Actor, filters: QueueFilters) {
  const tickets: string[] = [];
  for await (const row of complaintExportRows(a, filters)) tickets.push(row.ticket);
  return tickets;
}

describe("staff queue", () => {
  it("pages forward and back by keyset without gaps or repeats", async () => {
    const total = await db.complaint.count({ where: { officeId: ctx.offices.pakansari.id } });
    expect(total).toBeGreaterThan(2 * PAGE_SIZE);
    const ids = await allPages(petugas, {});
    expect(ids).toHaveLength(total);
    expect(new Set(ids).size).toBe(total);

    const first = await listComplaintQueue(petugas, {});
    const second = await listComplaintQueue(petugas, { after: first.nextCursor! });
    expect(first.prevCursor).toBeNull();
    const back = await listComplaintQueue(petugas, { before: second.prevCursor! });
    expect(back.rows.map((r) => r.id)).toEqual(first.rows.map((r) => r.id));
  });

  it("filters match the database and the export has exactly the filtered rows", async () => {
    const officeId = ctx.offices.pakansari.id;
    const sampah = (await db.complaintCategory.findFirstOrThrow({ where: { officeId, slug: "sampah" } })).id;
    const cases: [QueueFilters, object][] = [
      [{ status: "CLOSED" }, { status: "CLOSED" }],
      [{ privacy: "ANONIM" }, { privacy: "ANONIM" }],
      [{ classification: "INFORMASI" }, { classification: "INFORMASI" }],
      [{ category: sampah }, { categoryId: sampah }],
      [{ unit: ctx.offices.pakansari.units.EKBANG }, { unitId: ctx.offices.pakansari.units.EKBANG }],
      [{ unit: "mine" }, { unitId: { in: petugas.unitIds } }],
      [{ q: "nomor 1" }, { title: { contains: "nomor 1" } }],
      [{ category: sampah, privacy: "PUBLIK" }, { categoryId: sampah, privacy: "PUBLIK" }],
    ];
    for (const [filters, where] of cases) {
      const expected = (await db.complaint.findMany({ where: { officeId, ...where }, select: { id: true, ticket: true } }));
      const ids = await allPages(petugas, filters);
      expect(new Set(ids), JSON.stringify(filters)).toEqual(new Set(expected.map((e) => e.id)));
      const tickets = await exported(petugas, filters);
      expect(new Set(tickets), `export ${JSON.stringify(filters)}`).toEqual(new Set(expected.map((e) => e.ticket)));
    }
  });

  it("a period filter uses Jakarta days; search by exact ticket finds one", async () => {
    const recent = await db.complaint.findFirstOrThrow({ where: { officeId: ctx.offices.pakansari.id }, orderBy: { createdAt: "desc" } });
    const day = new Date(recent.createdAt.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
    const ids = await allPages(petugas, { from: day, to: day });
    expect(ids).toContain(recent.id);
    const start = new Date(`${day}T00:00:00+07:00`);
    const end = new Date(start.getTime() + 86_400_000);
    expect(ids).toHaveLength(await db.complaint.count({ where: { officeId: ctx.offices.pakansari.id, createdAt: { gte: start, lt: end } } }));
    const byTicket = await listComplaintQueue(petugas, { q: recent.ticket.toLowerCase() });
    expect(byTicket.rows.map((r) => r.id)).toEqual([recent.id]);
  });

  it("opens the complaints one colleague acted on, as the supervisor's per-staff link does (issue 17)", async () => {
    const mine = await db.complaint.findMany({ where: { officeId: ctx.offices.pakansari.id, events: { none: { actorId: ctx.users.petugas } } }, take: 2, select: { id: true } });
    await db.complaintEvent.createMany({ data: mine.map((c) => ({ complaintId: c.id, actorId: ctx.users.petugas, type: "complaint.note_added", public: false })) });
    const handled = await db.complaint.findMany({ where: { officeId: ctx.offices.pakansari.id, events: { some: { actorId: ctx.users.petugas } } }, select: { id: true } });
    const ids = await allPages(petugas, { handler: ctx.users.petugas });
    expect(ids.sort()).toEqual(handled.map((c) => c.id).sort());
    expect(ids).toEqual(expect.arrayContaining(mine.map((c) => c.id)));
    expect(ids.length).toBeLessThan((await allPages(petugas, {})).length);
    // Another office's staff get nothing for the same person.
    expect(await allPages(petugasTengah, { handler: ctx.users.petugas })).toEqual([]);
  });

  it("another office sees none of these complaints, in lists, details or exports", async () => {
    const tengahIds = new Set(await allPages(petugasTengah, {}));
    const pakansari = await db.complaint.findMany({ where: { officeId: ctx.offices.pakansari.id }, select: { id: true, ticket: true } });
    for (const c of pakansari) expect(tengahIds.has(c.id)).toBe(false);
    expect(await getComplaintForStaff(petugasTengah, pakansari[0].id)).toBeNull();
    const exportedTickets = new Set(await exported(petugasTengah, {}));
    expect(pakansari.some((c) => exportedTickets.has(c.ticket))).toBe(false);
    expect(await db.auditEvent.count({ where: { action: "complaint.exported", actorId: petugasTengah.userId } })).toBe(1);
  });

  it("residents see only their own complaints", async () => {
    const mine = await listMyComplaints(siti);
    const ids = mine.rows.map((r) => r.id);
    const owners = await db.complaint.findMany({ where: { id: { in: ids } }, select: { reporterId: true } });
    expect(owners.every((o) => o.reporterId === siti.userId)).toBe(true);
    const budis = await db.complaint.findFirstOrThrow({ where: { reporterId: budi.userId } });
    expect(await getMyComplaint(siti, budis.id)).toBeNull();
    expect(await getMyComplaint(budi, budis.id)).not.toBeNull();
  });
});

describe("public statistics and the seed", () => {
  it("counts match a hand count over the last 12 months", async () => {
    const officeId = ctx.offices.tengah.id;
    const stats = await getPublicStatistics(officeId);
    const rows = await db.complaint.findMany({ where: { officeId }, select: { status: true, createdAt: true } });
    expect(stats.received).toBe(rows.length);
    expect(stats.completed).toBe(rows.filter((r) => r.status === "COMPLETED" || r.status === "CLOSED").length);
    expect(stats.months).toHaveLength(12);
    expect(stats.months.reduce((s, m) => s + m.received, 0)).toBe(rows.length);
    expect(stats.categories.reduce((s, c) => s + c.count, 0)).toBe(rows.length);
    expect(stats.completedPercent).toBe(Math.round((stats.completed / stats.received) * 1000) / 10);
    expect(stats.medianWorkingDays).not.toBeNull();
  });

  it("puts a complaint filed just after midnight on the 1st (WIB) into that month, not the one before", async () => {
    const officeId = ctx.offices.tengah.id;
    const now = new Date();
    const wibNow = new Date(now.getTime() + 7 * 3_600_000);
    const month = `${wibNow.getUTCFullYear()}-${String(wibNow.getUTCMonth() + 1).padStart(2, "0")}`;
    // 00:30 WIB on the 1st of this month is 17:30 UTC on the last day of the month before.
    const firstJustAfterMidnight = new Date(`${month}-01T00:30:00+07:00`);
    const moved = await db.complaint.findFirstOrThrow({ where: { officeId }, select: { id: true, createdAt: true } });
    await db.complaint.update({ where: { id: moved.id }, data: { createdAt: firstJustAfterMidnight } });
    try {
      const stats = await computePublicStatistics(officeId, now);
      const rows = await db.complaint.findMany({ where: { officeId, createdAt: { gte: new Date(`${month}-01T00:00:00+07:00`), lte: now } }, select: { id: true } });
      expect(rows.some((r) => r.id === moved.id)).toBe(true);
      expect(stats.months.find((m) => m.month === month)?.received).toBe(rows.length);
    } finally {
      await db.complaint.update({ where: { id: moved.id }, data: { createdAt: moved.createdAt } });
    }
  });

  it("running the seed again adds nothing", async () => {
    const before = await db.complaint.count();
    const categories = await db.complaintCategory.count();
    const client = seedClient();
    try {
      await seedComplaints(client, ctx);
    } finally {
      await client.$disconnect();
    }
    expect(await db.complaint.count()).toBe(before);
    expect(await db.complaintCategory.count()).toBe(categories);
    expect(categories).toBe(3 * 8);
  });
});
