import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/types";
import { db } from "@/lib/db";
import type { SeedContext } from "@/prisma/seed/base";
import { listMyComplaints } from "@/lib/complaints/data/resident";
import { listComplaintQueue } from "@/lib/complaints/data/staff";
import { fileComplaint } from "@/lib/complaints/mutations/file";
import { actor, content, seedDemo } from "@/test/support/complaints-setup";
import { PAGE_SIZE, RESIDENT_PAGE_SIZE, encodeCursor } from "./keyset";

// Paging through a real list whose sort key has ties: 60 complaints sharing only three
// created_at instants, so most page boundaries fall inside a run of equal timestamps.
let ctx: SeedContext;
let siti: Actor, petugas: Actor;

beforeAll(async () => {
  ctx = await seedDemo();
  [siti, petugas] = await Promise.all([ctx.residents.siti.userId, ctx.users.petugas].map(actor));
  const categoryId = (await db.complaintCategory.findFirstOrThrow({ where: { officeId: ctx.offices.pakansari.id, slug: "sampah" } })).id;
  for (let i = 0; i < 60; i++) {
    const filed = await fileComplaint(siti, content({ categoryId, title: `Lampu jalan padam nomor ${i}` }));
    if (!filed.ok) throw new Error("filing failed");
  }
  const ids = (await db.complaint.findMany({ where: { officeId: ctx.offices.pakansari.id }, select: { id: true }, orderBy: { id: "asc" } })).map((c) => c.id);
  const instants = [new Date("2026-03-02T02:00:00.000Z"), new Date("2026-03-02T03:00:00.000Z"), new Date("2026-03-03T02:00:00.000Z")];
  for (const [n, at] of instants.entries()) {
    await db.complaint.updateMany({ where: { id: { in: ids.filter((_, i) => i % 3 === n) } }, data: { createdAt: at } });
  }
});

async function expectedOrder(where: object) {
  const rows = await db.complaint.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], select: { id: true } });
  return rows.map((r) => r.id);
}

describe("keyset paging over ties in the sort key", () => {
  it("walks the staff queue forward and back again: every row once, in order, the same pages both ways", async () => {
    const expected = await expectedOrder({ officeId: ctx.offices.pakansari.id });
    expect(expected.length).toBeGreaterThan(2 * PAGE_SIZE);
    const forward: string[][] = [];
    let page = await listComplaintQueue(petugas, {});
    expect(page.prevCursor).toBeNull();
    for (;;) {
      forward.push(page.rows.map((r) => r.id));
      if (!page.nextCursor) break;
      page = await listComplaintQueue(petugas, { after: page.nextCursor });
    }
    expect(forward.flat()).toEqual(expected);
    expect(forward.slice(0, -1).every((p) => p.length === PAGE_SIZE)).toBe(true);

    const backward: string[][] = [forward[forward.length - 1]];
    while (page.prevCursor) {
      page = await listComplaintQueue(petugas, { before: page.prevCursor });
      backward.unshift(page.rows.map((r) => r.id));
    }
    expect(backward).toEqual(forward);
  });

  it("pages the resident's own list at the resident page size, with a way back", async () => {
    const expected = await expectedOrder({ reporterId: siti.userId });
    const first = await listMyComplaints(siti);
    expect(first.rows).toHaveLength(RESIDENT_PAGE_SIZE);
    const second = await listMyComplaints(siti, { after: first.nextCursor });
    expect([...first.rows, ...second.rows].map((r) => r.id)).toEqual(expected.slice(0, 2 * RESIDENT_PAGE_SIZE));
    const back = await listMyComplaints(siti, { before: second.prevCursor });
    expect(back.rows.map((r) => r.id)).toEqual(first.rows.map((r) => r.id));
    expect(back.prevCursor).toBeNull();
  });

  it("reads a tampered or foreign cursor as the first page instead of failing", async () => {
    const first = (await listComplaintQueue(petugas, {})).rows.map((r) => r.id);
    for (const bad of ["%%%", "eyJrIjox", encodeCursor("not a date", "x"), "a".repeat(500), Buffer.from("[1,2]").toString("base64url")]) {
      expect((await listComplaintQueue(petugas, { after: bad })).rows.map((r) => r.id)).toEqual(first);
      expect((await listComplaintQueue(petugas, { before: bad })).rows.map((r) => r.id)).toEqual(first);
    }
  });
});
