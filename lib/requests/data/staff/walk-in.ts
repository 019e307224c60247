import "server-only";
import { recordAudit } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/types";
import { db } from "@/lib/db";
import { maskNik } from "@/lib/residents/nik";
import { canFileForOtherOfficeResident } from "@/lib/requests/policy";
import type { OtherOfficeConfirmInput } from "@/lib/requests/walk-in-schema";

/** Active services of the actor's office, with what the desk must ask for. */
export async function listWalkInServices(actor: Actor) {
  return db.service.findMany({
    where: { officeId: actor.officeId, active: true },
    orderBy: { name: "asc" },
    select: {
      id: true, name: true, durationValue: true, durationUnit: true, feeRupiah: true, subjectTargets: true,
      unit: { select: { name: true } },
      requirements: {
        where: { active: true },
        orderBy: { position: "asc" },
        select: { id: true, code: true, label: true, description: true, kind: true, required: true, fieldType: true, options: true, acceptTypes: true, maxSizeKb: true },
      },
    },
  });
}

export type WalkInService = Awaited<ReturnType<typeof listWalkInServices>>[number];

/** The desks the actor works at: a POS_RW membership is what allows the POS_RW channel. */
export async function listActorServicePoints(actor: Actor) {
  if (actor.servicePointIds.length === 0) return [];
  return db.servicePoint.findMany({
    where: { id: { in: actor.servicePointIds }, officeId: actor.officeId, active: true },
    orderBy: { name: "asc" },
    select: { id: true, name: true, kind: true },
  });
}

/** Offices whose residents this desk serves: its own, and for a kecamatan its kelurahan/desa. */
function residentOffices(actor: Actor) {
  return { OR: [{ officeId: actor.officeId }, { office: { parentId: actor.officeId } }] };
}

/**
 * Finds a walk-in resident by NIK. Showing the match reveals personal data, so the lookup is
 * audited; a NIK registered with an unrelated office is reported as such, without its data.
 */
export async function findResidentByNik(actor: Actor, nik: string) {
  const profile = await db.residentProfile.findFirst({
    where: { nik, ...residentOffices(actor) },
    select: { id: true, fullName: true, nik: true, birthPlace: true, birthDate: true, address: true, rt: true, rw: true, kelurahan: true, userId: true },
  });
  if (!profile) {
    const elsewhere = await db.residentProfile.count({ where: { nik } });
    return { found: false as const, elsewhere: elsewhere > 0 };
  }
  await recordAudit(actor, "resident.viewed", { type: "ResidentProfile", id: profile.id }, { via: "walk_in_lookup" });
  const { nik: full, userId, birthDate, ...rest } = profile;
  return {
    found: true as const,
    resident: { ...rest, nikMasked: maskNik(full), birthDate: birthDate.toISOString().slice(0, 10), hasAccount: userId !== null },
  };
}

export async function residentInScope(actor: Actor, residentId: string) {
  return db.residentProfile.findFirst({ where: { id: residentId, ...residentOffices(actor) }, select: { id: true, userId: true } });
}

/**
 * A resident registered at another office of the deployment, once the desk confirmed they are
 * present (canFileForOtherOfficeResident): the profile id for the filing and the minimum staff may
 * see. Null for anything else (unknown NIK, a profile this desk serves, a name that does not
 * match, no valid reason), so that a wrong name tells no more than "registered elsewhere".
 */
export async function matchOtherOfficeResident(actor: Actor, input: OtherOfficeConfirmInput) {
  const profile = await db.residentProfile.findUnique({
    where: { nik: input.nik },
    select: { id: true, userId: true, nik: true, fullName: true, office: { select: { id: true, parentId: true, active: true, name: true } } },
  });
  if (!profile || !canFileForOtherOfficeResident(actor, { typedName: input.fullName, reason: input.reason, profile })) return null;
  return { id: profile.id, userId: profile.userId, fullName: profile.fullName, nikMasked: maskNik(profile.nik), officeId: profile.office.id, officeName: profile.office.name };
}

/** The desk's confirmation step: audited as a view of the profile (the minimum), with the reason. */
export async function confirmOtherOfficeResident(actor: Actor, input: OtherOfficeConfirmInput) {
  const match = await matchOtherOfficeResident(actor, input);
  if (!match) return { found: false as const, elsewhere: true as const };
  await recordAudit(actor, "resident.viewed", { type: "ResidentProfile", id: match.id }, { via: "walk_in_other_office", reason: input.reason });
  return { found: true as const, resident: { fullName: match.fullName, nikMasked: match.nikMasked, officeName: match.officeName } };
}
