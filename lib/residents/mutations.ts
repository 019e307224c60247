import "server-only";
import { isResidentSelf, ownProfileWhere, registerWriteWhere } from "./policy";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/types";
import { hashPassword } from "@/lib/auth/password";
import { findContactConflicts } from "@/lib/accounts/data";
import { uniqueViolationField } from "@/lib/accounts/unique";
import type { Registration } from "./schema";
import type { NikWarning } from "./nik";
import type { z } from "zod";
import type { registerEntrySchema, residentContactSchema } from "./schema";
import { parseNik } from "./nik";

export type Failure = { ok: false; error: "invalid" | "conflict" | "not_found" | "forbidden"; fieldErrors?: Record<string, string> };

class NikTaken extends Error {}

const stripPrefix = (name: string) => name.replace(/^(Kelurahan|Desa|Kecamatan)\s+/i, "");

/**
 * Creates the resident's account and profile in one transaction. A profile that staff created
 * for a walk-in (no account yet) is claimed instead of refused, so people served at the
 * counter can still register later.
 */
export async function registerResident(
  input: Registration,
  meta: { ip: string | null; userAgent: string | null; warnings: NikWarning[] },
): Promise<{ ok: true; userId: string; residentId: string } | Failure> {
  const office = await db.office.findFirst({
    where: { id: input.officeId, active: true, type: { in: ["KELURAHAN", "DESA"] } },
    select: { id: true, name: true, parent: { select: { name: true, type: true } } },
  });
  if (!office) return { ok: false, error: "invalid", fieldErrors: { officeId: "office_required" } };

  const existing = await db.residentProfile.findUnique({ where: { nik: input.nik }, select: { id: true, userId: true } });
  const fieldErrors = await findContactConflicts({ phone: input.phone, email: input.email || null });
  if (existing?.userId) fieldErrors.nik = "nik_taken";
  if (Object.keys(fieldErrors).length) return { ok: false, error: "conflict", fieldErrors };

  const passwordHash = await hashPassword(input.password);
  const now = new Date();
  const profileData = {
    officeId: office.id,
    kkNumber: input.kkNumber,
    fullName: input.fullName,
    birthPlace: input.birthPlace,
    birthDate: new Date(`${input.birthDate}T00:00:00Z`),
    sex: input.sex,
    address: input.address,
    rt: input.rt,
    rw: input.rw,
    kelurahan: stripPrefix(office.name),
    kecamatan: office.parent?.type === "KECAMATAN" ? stripPrefix(office.parent.name) : null,
    phone: input.phone,
    email: input.email || null,
    consentAt: now,
  };
  try {
    return await db.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: { officeId: office.id, role: "RESIDENT", name: input.fullName, phone: input.phone, email: input.email || null, passwordHash, passwordChangedAt: now },
        select: { id: true },
      });
      let profile: { id: string };
      if (existing) {
        // Claiming a walk-in profile: the resident's own declaration replaces it and it needs
        // verifying again. The userId condition loses cleanly to a concurrent claim.
        const claimed = await tx.residentProfile.updateMany({
          where: { id: existing.id, userId: null },
          data: { ...profileData, userId: user.id, verifiedAt: null },
        });
        if (claimed.count !== 1) throw new NikTaken();
        profile = { id: existing.id };
      } else {
        profile = await tx.residentProfile.create({ data: { ...profileData, nik: input.nik, userId: user.id }, select: { id: true } });
      }
      await recordAudit(
        { userId: user.id, officeId: office.id, ip: meta.ip, userAgent: meta.userAgent },
        "resident.registered",
        { type: "resident", id: profile.id },
        { warnings: meta.warnings, claimedWalkIn: Boolean(existing) },
        tx,
      );
      return { ok: true as const, userId: user.id, residentId: profile.id };
    });
  } catch (error) {
    if (error instanceof NikTaken) return { ok: false, error: "conflict", fieldErrors: { nik: "nik_taken" } };
    const field = uniqueViolationField(error, ["nik", "phone", "email", "user_id"]);
    if (!field) throw error;
    const code = field === "user_id" || field === "nik" ? "nik_taken" : `${field}_taken`;
    return { ok: false, error: "conflict", fieldErrors: { [field === "user_id" ? "nik" : field]: code } };
  }
}

/**
 * A resident changes their contact details. Phone and e-mail are also their login identifiers,
 * so the account changes with the profile. Identity (NIK, KK, name, birth) is not editable here.
 */
export async function updateResidentContact(actor: Actor, input: z.output<typeof residentContactSchema>): Promise<{ ok: true } | Failure> {
  if (!isResidentSelf(actor)) return { ok: false, error: "forbidden" };
  const profile = await db.residentProfile.findFirst({
    where: ownProfileWhere(actor),
    select: { id: true, phone: true, email: true, address: true, rt: true, rw: true },
  });
  if (!profile) return { ok: false, error: "not_found" };
  const email = input.email || null;
  const fieldErrors = await findContactConflicts({ phone: input.phone, email }, actor.userId);
  if (Object.keys(fieldErrors).length) return { ok: false, error: "conflict", fieldErrors };

  const next = { phone: input.phone, email, address: input.address, rt: input.rt, rw: input.rw };
  const changed = (Object.keys(next) as (keyof typeof next)[]).filter((key) => (profile[key] ?? null) !== next[key]);
  if (!changed.length) return { ok: true };
  try {
    await db.$transaction(async (tx) => {
      await tx.residentProfile.update({ where: { id: profile.id }, data: next });
      await tx.user.update({ where: { id: actor.userId }, data: { phone: next.phone, email } });
      // Which fields changed, not their values: the log itself should not hold more personal data.
      await recordAudit(actor, "resident.updated", { type: "resident", id: profile.id }, { fields: changed, by: "self" }, tx);
    });
  } catch (error) {
    const field = uniqueViolationField(error, ["phone", "email"]);
    if (!field) throw error;
    return { ok: false, error: "conflict", fieldErrors: { [field]: `${field}_taken` } };
  }
  return { ok: true };
}

const registerColumns = ["kkNumber", "fullName", "birthPlace", "birthDate", "sex", "address", "rt", "rw"] as const;

/**
 * Staff confirm that a resident's account matches the office register (or their documents) and
 * mark it verified; with `useRegister` the register's values replace the resident's declaration.
 */
export async function verifyResident(actor: Actor, residentId: string, useRegister: boolean): Promise<{ ok: true } | Failure> {
  const profile = await db.residentProfile.findFirst({ where: { AND: [{ id: residentId }, registerWriteWhere(actor)] }, select: { id: true, userId: true, registerData: true } });
  if (!profile || !profile.userId) return { ok: false, error: "not_found" };
  const register = (profile.registerData ?? {}) as Partial<Record<(typeof registerColumns)[number], string>>;
  const data: Prisma.ResidentProfileUpdateInput = { verifiedAt: new Date(), verifiedById: actor.userId };
  const adopted: string[] = [];
  if (useRegister) {
    for (const key of registerColumns) {
      const value = register[key];
      if (!value) continue;
      adopted.push(key);
      if (key === "birthDate") data.birthDate = new Date(`${value}T00:00:00Z`);
      else if (key === "sex") data.sex = value as "L" | "P";
      else data[key] = value;
    }
  }
  await db.$transaction(async (tx) => {
    await tx.residentProfile.update({ where: { id: profile.id }, data });
    await recordAudit(actor, "resident.verified", { type: "resident", id: profile.id }, { adopted }, tx);
  });
  return { ok: true };
}

/**
 * Staff create a register entry (a walk-in without an account) or correct one of their office's.
 * The NIK must agree with the sex and birth date (the +40 rule), as in the import.
 */
export async function saveRegisterEntry(actor: Actor, residentId: string | null, input: z.output<typeof registerEntrySchema>): Promise<{ ok: true; id: string } | Failure> {
  const scope = registerWriteWhere(actor);
  if (!("officeId" in scope)) return { ok: false, error: "forbidden" };
  const parsed = parseNik(input.nik);
  const fieldErrors: Record<string, string> = {};
  if (parsed.ok && parsed.info.sex !== input.sex) fieldErrors.sex = "sex_nik_mismatch";
  if (parsed.ok && parsed.info.birthDate.slice(2) !== input.birthDate.slice(2)) fieldErrors.birthDate = "birth_date_nik_mismatch";
  if (Object.keys(fieldErrors).length) return { ok: false, error: "invalid", fieldErrors };
  const values = {
    nik: input.nik, kkNumber: input.kkNumber, fullName: input.fullName, birthPlace: input.birthPlace, birthDate: new Date(`${input.birthDate}T00:00:00Z`),
    sex: input.sex, address: input.address, rt: input.rt, rw: input.rw, headOfFamily: input.headOfFamily,
  };
  try {
    if (residentId) {
      const existing = await db.residentProfile.findFirst({ where: { AND: [{ id: residentId }, scope] }, select: { id: true, userId: true, nik: true } });
      if (!existing) return { ok: false, error: "not_found" };
      // A resident signs in with their NIK: staff cannot change it under an existing account.
      if (existing.userId && input.nik !== existing.nik) return { ok: false, error: "invalid", fieldErrors: { nik: "nik_account_locked" } };
      await db.$transaction(async (tx) => {
        await tx.residentProfile.update({ where: { id: existing.id }, data: values });
        await recordAudit(actor, "resident.updated", { type: "resident", id: existing.id }, { fields: Object.keys(values), by: "staff" }, tx);
      });
      return { ok: true, id: existing.id };
    }
    const office = await db.office.findUniqueOrThrow({ where: { id: actor.officeId }, select: { name: true, parent: { select: { name: true, type: true } } } });
    return await db.$transaction(async (tx) => {
      const created = await tx.residentProfile.create({
        data: { ...values, officeId: actor.officeId, createdById: actor.userId, kelurahan: stripPrefix(office.name), kecamatan: office.parent?.type === "KECAMATAN" ? stripPrefix(office.parent.name) : null },
        select: { id: true },
      });
      await recordAudit(actor, "resident.created", { type: "resident", id: created.id }, { by: "staff" }, tx);
      return { ok: true as const, id: created.id };
    });
  } catch (error) {
    if (uniqueViolationField(error, ["nik"])) return { ok: false, error: "conflict", fieldErrors: { nik: "nik_taken" } };
    throw error;
  }
}
