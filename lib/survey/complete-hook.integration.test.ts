// The back office's "complete" creates the request's survey invitation in the same transaction,
// so every completed request can be answered once (in the app or by its receipt link).
import { beforeAll, expect, it } from "vitest";
import { db } from "@/lib/db";
import { loadActor } from "@/lib/auth/actor";
import { completeRequest } from "@/lib/requests/mutations/staff/workflow";
import { seedBase, type SeedContext } from "@/prisma/seed/base";
import { surveyForRequest } from "./data/invitations";

let ctx: SeedContext;
beforeAll(async () => {
  ctx = await seedBase(db);
});

it("completing a request creates its single-use invitation, and the resident can then answer", async () => {
  const officeId = ctx.offices.pakansari.id;
  const service = await db.service.create({
    data: {
      officeId, unitId: ctx.offices.pakansari.units.PEM, slug: "domisili", name: "Domisili", summary: "-", procedure: [],
      durationValue: 1, durationUnit: "WORKING_DAYS", product: "-", complaintInfo: "-",
    },
  });
  const request = await db.serviceRequest.create({
    data: {
      officeId, serviceId: service.id, unitId: service.unitId, residentId: ctx.residents.siti.profileId, applicantId: ctx.residents.siti.userId,
      status: "PROCESSING", number: "PKS/2026/900001", submittedAt: new Date(), dueAt: new Date(Date.now() + 86_400_000),
    },
  });
  const staff = (await loadActor(ctx.users.petugas))!;
  const done = await completeRequest(staff, { id: request.id, version: request.version, pickupNote: "Ambil di loket." });
  expect(done).toMatchObject({ ok: true });
  const invitation = await db.surveyInvitation.findUnique({ where: { requestId: request.id } });
  expect(invitation).toMatchObject({ officeId, serviceId: service.id, usedAt: null });
  const siti = (await loadActor(ctx.residents.siti.userId))!;
  expect((await surveyForRequest(siti, request.id))?.state).toBe("open");
});
