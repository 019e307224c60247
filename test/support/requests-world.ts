// Test-only builders for the request (resident and staff side) integration tests: real rows in the per-file database.
import { db } from "@/lib/db";
import { loadActor } from "@/lib/auth/actor";
import type { Actor } from "@/lib/auth/types";
import { seedBase, type SeedContext } from "@/prisma/seed/base";

export type World = SeedContext & {
  services: { pem: string; ekbang: string; tengah: string };
  actors: Record<"admin" | "lurah" | "petugas" | "ekbang" | "rw" | "tengah", Actor>;
};

async function service(officeId: string, unitId: string, slug: string, name: string, days = 3) {
  const row = await db.service.create({
    data: {
      officeId, unitId, slug, name, summary: name, procedure: ["Ajukan", "Verifikasi", "Terbit"], durationValue: days,
      durationUnit: "WORKING_DAYS", product: name, complaintInfo: "Hubungi loket",
      requirements: {
        create: [
          { kind: "FIELD", code: "keperluan", label: "Keperluan", fieldType: "TEXT", position: 0 },
          { kind: "DOCUMENT", code: "ktp", label: "Fotokopi KTP", acceptTypes: ["image/jpeg", "image/png", "application/pdf"], position: 1 },
          { kind: "DOCUMENT", code: "pengantar_rt", label: "Surat pengantar RT/RW", required: false, acceptTypes: ["application/pdf"], position: 2 },
        ],
      },
    },
    select: { id: true },
  });
  return row.id;
}

/** Offices, units, demo staff and residents (prisma/seed/base.ts) plus one service per unit we need. */
export async function buildWorld(): Promise<World> {
  const ctx = await seedBase(db);
  const P = ctx.offices.pakansari;
  const services = {
    pem: await service(P.id, P.units.PEM, "sk-domisili", "Surat Keterangan Domisili"),
    ekbang: await service(P.id, P.units.EKBANG, "sk-usaha", "Surat Keterangan Usaha"),
    tengah: await service(ctx.offices.tengah.id, ctx.offices.tengah.units.PEM, "sk-domisili", "Surat Keterangan Domisili"),
  };
  const actor = async (id: string) => (await loadActor(id))!;
  const u = ctx.users;
  return {
    ...ctx,
    services,
    actors: {
      admin: await actor(u.admin), lurah: await actor(u.lurah), petugas: await actor(u.petugas),
      ekbang: await actor(u.petugasEkbang), rw: await actor(u.petugasRw), tengah: await actor(u.petugasTengah),
    },
  };
}

let counter = 0;

/** A request row in any state, written directly (the resident side's own flow is tested there). */
export async function makeRequest(input: {
  officeId: string;
  serviceId: string;
  residentId: string;
  status?: "SUBMITTED" | "VERIFIED" | "NEEDS_CORRECTION" | "PROCESSING" | "COMPLETED" | "REJECTED" | "CANCELLED" | "DRAFT";
  submittedAt?: Date;
  dueAt?: Date | null;
  pausedAt?: Date | null;
  assigneeId?: string | null;
  channel?: "WEB" | "LOKET" | "POS_RW" | "WHATSAPP" | "LAINNYA";
  enteredById?: string | null;
}) {
  const service = await db.service.findUniqueOrThrow({ where: { id: input.serviceId }, select: { unitId: true } });
  counter += 1;
  const submittedAt = input.submittedAt ?? new Date(Date.now() - counter * 60_000);
  return db.serviceRequest.create({
    data: {
      officeId: input.officeId, serviceId: input.serviceId, unitId: service.unitId, residentId: input.residentId,
      number: input.status === "DRAFT" ? null : `TST/2026/${String(counter).padStart(6, "0")}`,
      status: input.status ?? "SUBMITTED", submittedAt, dueAt: input.dueAt === undefined ? new Date(submittedAt.getTime() + 5 * 86_400_000) : input.dueAt,
      pausedAt: input.pausedAt ?? null, assigneeId: input.assigneeId ?? null, channel: input.channel ?? "WEB", enteredById: input.enteredById ?? null,
      corrections: input.status === "NEEDS_CORRECTION" ? [{ message: "Foto KTP buram" }] : undefined,
    },
    select: { id: true, version: true, number: true, status: true },
  });
}

export { db };
