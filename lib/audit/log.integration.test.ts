import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { SeedContext } from "@/prisma/seed/base";
import { actor, seedDemo } from "@/test/support/complaints-setup";
import { recordView } from "./log";

// UU 27/2022 audit of staff views: a refresh (or two renders racing each other, on one instance or
// two) within the de-duplication window is one row; a later look, another record or another person is
// a new row.

let ctx: SeedContext;
beforeAll(async () => {
  ctx = await seedDemo();
});

const count = (targetId: string) => db.auditEvent.count({ where: { action: "request.personal_data_viewed", targetId } });

describe("recordView", () => {
  it("writes one row for simultaneous views of the same record by the same person", async () => {
    const petugas = await actor(ctx.users.petugas);
    const target = { type: "ServiceRequest", id: "race-target" };
    const now = new Date();
    await Promise.all(Array.from({ length: 8 }, () => recordView(petugas, "request.personal_data_viewed", target, { number: "X/1" }, now)));
    expect(await count("race-target")).toBe(1);
  });

  it("writes a new row after the window, for another person and for another record", async () => {
    const petugas = await actor(ctx.users.petugas);
    const lurah = await actor(ctx.users.lurah);
    const target = { type: "ServiceRequest", id: "window-target" };
    const t0 = new Date("2026-03-02T02:00:00Z");
    await recordView(petugas, "request.personal_data_viewed", target, undefined, t0);
    await recordView(petugas, "request.personal_data_viewed", target, undefined, new Date(t0.getTime() + 60_000));
    expect(await count("window-target")).toBe(1);
    await recordView(lurah, "request.personal_data_viewed", target, undefined, new Date(t0.getTime() + 60_000));
    expect(await count("window-target")).toBe(2);
    await recordView(petugas, "request.personal_data_viewed", target, undefined, new Date(t0.getTime() + 11 * 60_000));
    expect(await count("window-target")).toBe(3);
    await recordView(petugas, "request.personal_data_viewed", { type: "ServiceRequest", id: "other-target" }, undefined, t0);
    expect(await count("other-target")).toBe(1);
  });
});
