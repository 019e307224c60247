// Issue 14: a service may require an account that staff have verified against the register.
import { beforeAll, describe, expect, it } from "vitest";
import { loadActor } from "@/lib/auth/actor";
import type { Actor } from "@/lib/auth/types";
import { db } from "@/lib/db";
import { seedBase } from "@/prisma/seed/base";
import { seedCatalogue } from "@/prisma/seed/catalogue";
import { discardDraft, startDraft, submitRequest } from "./mutations/resident";

let siti: Actor;
let serviceId: string;

beforeAll(async () => {
  const ctx = await seedBase(db);
  const catalogue = await seedCatalogue(db, ctx);
  siti = (await loadActor(ctx.residents.siti.userId))!;
  serviceId = catalogue.pakansari["surat-keterangan-domisili"];
}, 60_000);

const setVerified = (at: Date | null) => db.residentProfile.update({ where: { id: siti.residentId! }, data: { verifiedAt: at } });
const start = () => startDraft(siti, { serviceId, residentId: siti.residentId!, relation: "SELF" });

describe("services that require a verified account", () => {
  it("refuse to start a request until the applicant's account is verified", async () => {
    await db.service.update({ where: { id: serviceId }, data: { requiresVerifiedAccount: true } });
    await setVerified(null);
    expect(await start()).toEqual({ ok: false, error: "not_verified" });
    expect(await db.serviceRequest.count({ where: { applicantId: siti.userId, serviceId } })).toBe(0);

    await setVerified(new Date());
    const started = await start();
    expect(started.ok).toBe(true);
    if (started.ok) await discardDraft(siti, started.id);
  });

  it("check again at submission: a draft begun before the rule or before the verification was withdrawn is held back", async () => {
    await db.service.update({ where: { id: serviceId }, data: { requiresVerifiedAccount: false } });
    await setVerified(null);
    const draft = await start();
    if (!draft.ok) throw new Error(draft.error);
    await db.service.update({ where: { id: serviceId }, data: { requiresVerifiedAccount: true } });
    expect(await submitRequest(siti, draft.id)).toEqual({ ok: false, error: "not_verified" });
    expect(await db.serviceRequest.findUniqueOrThrow({ where: { id: draft.id }, select: { status: true } })).toEqual({ status: "DRAFT" });

    // Verified, the same draft goes on to the usual completeness check.
    await setVerified(new Date());
    expect(await submitRequest(siti, draft.id)).toMatchObject({ ok: false, error: "incomplete" });
  });

  it("services without the rule stay open to unverified accounts", async () => {
    await db.service.update({ where: { id: serviceId }, data: { requiresVerifiedAccount: false } });
    await setVerified(null);
    expect((await start()).ok).toBe(true);
  });
});
