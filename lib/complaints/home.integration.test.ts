import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { SeedContext } from "@/prisma/seed/base";
import { actor, seedDemo } from "@/test/support/complaints-setup";
import { complaintHomeCounts } from "./data/staff";

// Issue 17: the staff home counts complaints too (disposed to my units, due soon), like requests.

let ctx: SeedContext;
beforeAll(async () => {
  ctx = await seedDemo();
});

describe("staff home complaint counters", () => {
  it("counts what is disposed to the caller's units and what is due soon there, and nothing for residents", async () => {
    const petugas = await actor(ctx.users.petugas);
    const ekbang = await actor(ctx.users.petugasEkbang);
    const pem = ctx.offices.pakansari.units.PEM;
    const sample = await db.complaint.findFirstOrThrow({ where: { officeId: ctx.offices.pakansari.id }, select: { id: true } });
    const soon = new Date(Date.now() + 2 * 3_600_000);
    await db.complaint.update({ where: { id: sample.id }, data: { status: "DISPOSED", unitId: pem, dueAt: soon } });
    const after = (await complaintHomeCounts(petugas))!;
    expect(after.counts.disposedToMe).toBeGreaterThanOrEqual(1);
    expect(after.counts.dueSoonMine).toBeGreaterThanOrEqual(1);
    expect(after.views.disposedToMe).toEqual({ unit: "mine", status: "DISPOSED" });
    // Ekbang staff are not in PEM: the change does not reach their counter.
    const other = (await complaintHomeCounts(ekbang))!.counts;
    expect(other.disposedToMe).toBe(await db.complaint.count({ where: { status: "DISPOSED", unitId: { in: ekbang.unitIds }, officeId: ekbang.officeId } }));
    expect(after.counts.disposedToMe).toBe(await db.complaint.count({ where: { status: "DISPOSED", unitId: { in: petugas.unitIds }, officeId: petugas.officeId } }));
    expect(await complaintHomeCounts(await actor(ctx.residents.siti.userId))).toBeNull();
  });
});
