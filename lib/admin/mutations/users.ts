import "server-only";
import { canAdminister, isStaffAccount, keepsOwnAdminRights } from "../policy";
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/types";
import { hashPassword } from "@/lib/auth/password";
import { findContactConflicts } from "@/lib/accounts/data";
import { INVITATION_TTL_MS, newResetToken } from "@/lib/accounts/token";
import type { Role } from "@/lib/auth/policy";
import { canBeAssignee } from "@/lib/requests/policy";
import { recordRequestEvent } from "@/lib/requests/mutations/events";
import { uniqueViolationField } from "@/lib/accounts/unique";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { StaffUser } from "../schema";
import { notifyAccountLink } from "@/lib/notifications/mutations/hooks";
import { changedFields, forbidden, notFound, type Failure } from "./result";

/**
 * Unit and service-point ids must belong to the admin's own office and be active, or already
 * be memberships of this account (so saving an account does not fail on a unit closed since).
 */
async function checkMemberships(actor: Actor, input: StaffUser, userId?: string): Promise<Record<string, string>> {
  const unitIds = [...new Set(input.unitIds)];
  const pointIds = [...new Set(input.servicePointIds)];
  const member = userId ? [{ members: { some: { userId } } }] : [];
  const [units, points] = await Promise.all([
    db.unit.count({ where: { id: { in: unitIds }, officeId: actor.officeId, OR: [{ active: true }, ...member] } }),
    db.servicePoint.count({ where: { id: { in: pointIds }, officeId: actor.officeId, OR: [{ active: true }, ...member] } }),
  ]);
  const errors: Record<string, string> = {};
  if (units !== unitIds.length) errors.unitIds = "unit_invalid";
  if (points !== pointIds.length) errors.servicePointIds = "service_point_invalid";
  return errors;
}

async function setMemberships(tx: Prisma.TransactionClient, userId: string, input: StaffUser) {
  await tx.unitMember.deleteMany({ where: { userId } });
  await tx.servicePointMember.deleteMany({ where: { userId } });
  await tx.unitMember.createMany({ data: [...new Set(input.unitIds)].map((unitId) => ({ userId, unitId })) });
  await tx.servicePointMember.createMany({ data: [...new Set(input.servicePointIds)].map((servicePointId) => ({ userId, servicePointId })) });
}

function conflictOf(error: unknown): Failure | null {
  const field = uniqueViolationField(error, ["email", "phone"]);
  return field ? { ok: false, error: "conflict", fieldErrors: { [field]: `${field}_taken` } } : null;
}

/**
 * Creates a staff, supervisor or admin account in the admin's own office. Nobody chooses the
 * first password: the account starts with a random one and a one-time link to set it.
 */
export async function createStaffUser(actor: Actor, input: StaffUser): Promise<{ ok: true; id: string; token: string; expiresAt: Date } | Failure> {
  if (!canAdminister(actor)) return forbidden;
  const fieldErrors = { ...(await findContactConflicts({ phone: input.phone || null, email: input.email })), ...(await checkMemberships(actor, input)) };
  if (Object.keys(fieldErrors).length) return { ok: false, error: "invalid", fieldErrors };
  const passwordHash = await hashPassword(randomBytes(24).toString("base64url"));
  const { token, tokenHash } = newResetToken();
  const expiresAt = new Date(Date.now() + INVITATION_TTL_MS);
  try {
    return await db.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: { officeId: actor.officeId, role: input.role, name: input.name, email: input.email, phone: input.phone || null, passwordHash },
        select: { id: true },
      });
      await setMemberships(tx, user.id, input);
      const invitation = await tx.passwordResetToken.create({ data: { userId: user.id, tokenHash, expiresAt, createdById: actor.userId }, select: { id: true } });
      // Notifications (issue 10): the invitation link by e-mail/SMS; the link shown to the admin stays as the fallback.
      await notifyAccountLink(tx, { event: "account.staff_invitation", userId: user.id, token, expiresAt, tokenId: invitation.id });
      await recordAudit(actor, "user.created", { type: "user", id: user.id }, { role: input.role }, tx);
      return { ok: true as const, id: user.id, token, expiresAt };
    });
  } catch (error) {
    const conflict = conflictOf(error);
    if (!conflict) throw error;
    return conflict;
  }
}

/** Edits a staff account of the admin's office. Residents' accounts are not edited here. */
export async function updateStaffUser(actor: Actor, userId: string, input: StaffUser): Promise<{ ok: true } | Failure> {
  if (!canAdminister(actor)) return forbidden;
  const user = await db.user.findFirst({
    where: { id: userId, officeId: actor.officeId },
    select: { id: true, role: true, name: true, email: true, phone: true, units: { select: { unitId: true } }, servicePoints: { select: { servicePointId: true } } },
  });
  if (!user) return notFound;
  if (!isStaffAccount(user)) return forbidden;
  // An admin cannot demote themselves: the office would risk having no admin left.
  if (!keepsOwnAdminRights(actor, user, input.role)) return { ok: false, error: "invalid", fieldErrors: { role: "own_role" } };
  const fieldErrors = {
    ...(await findContactConflicts({ phone: input.phone || null, email: input.email }, user.id)),
    ...(await checkMemberships(actor, input, user.id)),
  };
  if (Object.keys(fieldErrors).length) return { ok: false, error: "invalid", fieldErrors };
  const data = { name: input.name, email: input.email, phone: input.phone || null, role: input.role };
  const fields = changedFields(
    { ...user, unitIds: user.units.map((u) => u.unitId).sort(), servicePointIds: user.servicePoints.map((s) => s.servicePointId).sort() },
    { ...data, unitIds: [...new Set(input.unitIds)].sort(), servicePointIds: [...new Set(input.servicePointIds)].sort() },
  );
  try {
    await db.$transaction(async (tx) => {
      await tx.user.update({ where: { id: user.id }, data });
      await setMemberships(tx, user.id, input);
      await recordAudit(actor, "user.updated", { type: "user", id: user.id }, { fields }, tx);
    });
  } catch (error) {
    const conflict = conflictOf(error);
    if (!conflict) throw error;
    return conflict;
  }
  return { ok: true };
}

/**
 * Deactivated accounts cannot sign in, and their open sessions stop working at once (loadActor).
 * Their open requests do not stay with nobody who can act: on deactivation they go to `reassignTo`
 * where that colleague may hold them (same rule as any assignment), otherwise back to their unit's
 * queue unassigned, each with a timeline entry.
 */
export async function setUserActive(actor: Actor, userId: string, active: boolean, reassignTo: string | null = null): Promise<{ ok: true; moved?: number; released?: number } | Failure> {
  if (!canAdminister(actor)) return forbidden;
  const user = await db.user.findFirst({ where: { id: userId, officeId: actor.officeId }, select: { id: true, active: true } });
  if (!user) return notFound;
  if (user.id === actor.userId) return { ok: false, error: "invalid", fieldErrors: { active: "own_account" } };
  if (user.active === active) return { ok: true };
  let target: { id: string; name: string; role: Role; unitIds: string[] } | null = null;
  if (!active && reassignTo) {
    const row = await db.user.findFirst({
      where: { id: reassignTo, officeId: actor.officeId, active: true, NOT: { id: user.id } },
      select: { id: true, name: true, role: true, units: { select: { unitId: true } } },
    });
    if (!row) return { ok: false, error: "invalid", fieldErrors: { reassignTo: "invalid_assignee" } };
    target = { id: row.id, name: row.name, role: row.role, unitIds: row.units.map((u) => u.unitId) };
  }
  let moved = 0;
  let released = 0;
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { active } });
    if (!active) {
      const open = await tx.serviceRequest.findMany({
        where: { officeId: actor.officeId, assigneeId: user.id, status: { in: ["SUBMITTED", "VERIFIED", "NEEDS_CORRECTION", "PROCESSING"] } },
        select: { id: true, unitId: true },
      });
      for (const r of open) {
        const to = target && canBeAssignee({ role: target.role, unitMember: target.unitIds.includes(r.unitId) }) ? target : null;
        await tx.serviceRequest.update({ where: { id: r.id }, data: { assigneeId: to?.id ?? null, version: { increment: 1 } } });
        await recordRequestEvent(tx, { requestId: r.id, actorId: actor.userId, type: "request.assigned", internal: true, data: { from: user.id, to: to?.id ?? null, toName: to?.name ?? null, reason: "deactivated" } });
        if (to) moved += 1;
        else released += 1;
      }
    }
    await recordAudit(actor, active ? "user.reactivated" : "user.deactivated", { type: "user", id: user.id }, active ? undefined : { moved, released }, tx);
  });
  return { ok: true, moved, released };
}
