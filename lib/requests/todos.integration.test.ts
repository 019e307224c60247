import { beforeAll, describe, expect, it } from "vitest";
import { loadActor } from "@/lib/auth/actor";
import type { Actor } from "@/lib/auth/types";
import { db } from "@/lib/db";
import { seedBase, type SeedContext } from "@/prisma/seed/base";
import { seedCatalogue } from "@/prisma/seed/catalogue";
import { seedClient } from "@/prisma/seed/client";
import { seedRequests } from "@/prisma/seed/requests";
import { residentTodos } from "./data/resident";

// The banners on the resident's home (issue 17): what they must fix, what is late, what waits for
// "sudah diterima", and which corrections are on their way — their own requests only.

let ctx: SeedContext;
let siti: Actor, ahmad: Actor;
beforeAll(async () => {
  const seed = seedClient();
  ctx = await seedBase(seed);
  await seedCatalogue(seed, ctx);
  await seedRequests(seed, ctx);
  await seed.$disconnect();
  [siti, ahmad] = await Promise.all([loadActor(ctx.residents.siti.userId), loadActor(ctx.residents.ahmad.userId)]) as [Actor, Actor];
});

const numbers = (rows: { number: string | null }[]) => rows.map((r) => r.number);

describe("residentTodos", () => {
  it("lists Siti's correction, her late request and her unconfirmed results, and only her own", async () => {
    const todos = await residentTodos(siti);
    const sktm = await db.serviceRequest.findFirstOrThrow({ where: { residentId: ctx.residents.siti.profileId, status: "NEEDS_CORRECTION" }, select: { number: true } });
    expect(numbers(todos.correction)).toEqual([sktm.number]);
    // The Surat Keterangan Kematian submitted 8 days ago for a short service is past its date.
    expect(todos.overdue.map((r) => r.service.name)).toContain("Surat Keterangan Kematian");
    expect(todos.overdue.every((r) => r.dueAt! < new Date())).toBe(true);
    expect(todos.confirm.length).toBeGreaterThan(0);
    expect(todos.resent).toEqual([]);
    // Ahmad (Kelurahan Tengah) sees his own completed request, none of Siti's.
    const ahmadTodos = await residentTodos(ahmad);
    const sitis = new Set(numbers([...todos.correction, ...todos.overdue, ...todos.confirm]));
    const his = [...ahmadTodos.correction, ...ahmadTodos.overdue, ...ahmadTodos.confirm, ...ahmadTodos.resent];
    expect(his.length).toBeGreaterThan(0);
    expect(his.filter((r) => sitis.has(r.number))).toEqual([]);
    const owners = await db.serviceRequest.findMany({ where: { id: { in: his.map((r) => r.id) } }, select: { residentId: true } });
    expect(new Set(owners.map((o) => o.residentId))).toEqual(new Set([ctx.residents.ahmad.profileId]));
  });

  it("moves a resubmitted correction to 'perbaikan terkirim', and a confirmed result off the list", async () => {
    const sktm = await db.serviceRequest.findFirstOrThrow({ where: { residentId: ctx.residents.siti.profileId, status: "NEEDS_CORRECTION" }, select: { id: true, number: true } });
    await db.serviceRequest.update({ where: { id: sktm.id }, data: { status: "SUBMITTED", dueAt: new Date(Date.now() + 3 * 86_400_000), events: { create: { type: "request.resubmitted", actorId: siti.userId, fromStatus: "NEEDS_CORRECTION", toStatus: "SUBMITTED" } } } });
    const before = await residentTodos(siti);
    expect(numbers(before.resent)).toEqual([sktm.number]);
    expect(before.correction).toEqual([]);
    const first = before.confirm[0];
    await db.serviceRequest.update({ where: { id: first.id }, data: { receivedAt: new Date() } });
    expect(numbers((await residentTodos(siti)).confirm)).not.toContain(first.number);
  });
});
