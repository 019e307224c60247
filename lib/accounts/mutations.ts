import "server-only";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/types";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { can } from "@/lib/auth/policy";
import { findContactConflicts } from "./data";
import { canEditStaffProfile, resetTargetWhere } from "./policy";
import { RESET_TOKEN_TTL_MS, hashResetToken, newResetToken } from "./token";
import { uniqueViolationField } from "./unique";
import type { ResetTokenState } from "./data";

type Failure = { ok: false; error: string; fieldErrors?: Record<string, string> };

export async function changePassword(actor: Actor, input: { currentPassword: string; newPassword: string }): Promise<{ ok: true } | Failure> {
  const user = await db.user.findUnique({ where: { id: actor.userId }, select: { passwordHash: true, active: true } });
  if (!user?.active) return { ok: false, error: "forbidden" };
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    return { ok: false, error: "invalid", fieldErrors: { currentPassword: "password_wrong" } };
  }
  const passwordHash = await hashPassword(input.newPassword);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: actor.userId }, data: { passwordHash, passwordChangedAt: new Date() } });
    await recordAudit(actor, "user.password_changed", { type: "user", id: actor.userId }, { by: "self" }, tx);
  });
  return { ok: true };
}

/** Staff, supervisors and admins edit their own name and contacts. */
export async function updateStaffProfile(actor: Actor, input: { name: string; phone: string; email: string }): Promise<{ ok: true } | Failure> {
  if (!canEditStaffProfile(actor)) return { ok: false, error: "forbidden" };
  const phone = input.phone || null;
  const email = input.email || null;
  const fieldErrors = await findContactConflicts({ phone, email }, actor.userId);
  if (Object.keys(fieldErrors).length) return { ok: false, error: "conflict", fieldErrors };
  const before = await db.user.findUnique({ where: { id: actor.userId }, select: { name: true, phone: true, email: true } });
  if (!before) return { ok: false, error: "not_found" };
  const next = { name: input.name, phone, email };
  const changed = (Object.keys(next) as (keyof typeof next)[]).filter((key) => before[key] !== next[key]);
  if (!changed.length) return { ok: true };
  try {
    await db.$transaction(async (tx) => {
      await tx.user.update({ where: { id: actor.userId }, data: next });
      await recordAudit(actor, "user.updated", { type: "user", id: actor.userId }, { fields: changed, by: "self" }, tx);
    });
  } catch (error) {
    const field = uniqueViolationField(error, ["phone", "email"]);
    if (!field) throw error;
    return { ok: false, error: "conflict", fieldErrors: { [field]: `${field}_taken` } };
  }
  return { ok: true };
}

/**
 * An admin issues a one-time reset link for an account of their own office. Older unused links
 * of that account stop working. The raw token is returned once and never stored.
 */
export async function issueResetToken(actor: Actor, userId: string, now = new Date()): Promise<{ ok: true; token: string; expiresAt: Date } | Failure> {
  if (!can(actor.role, "admin.manage")) return { ok: false, error: "forbidden" };
  const target = await db.user.findFirst({ where: { AND: [{ id: userId }, resetTargetWhere(actor)] }, select: { id: true, active: true } });
  if (!target) return { ok: false, error: "not_found" };
  if (!target.active) return { ok: false, error: "inactive" };
  const { token, tokenHash } = newResetToken();
  const expiresAt = new Date(now.getTime() + RESET_TOKEN_TTL_MS);
  await db.$transaction(async (tx) => {
    await tx.passwordResetToken.updateMany({ where: { userId, usedAt: null }, data: { usedAt: now } });
    await tx.passwordResetToken.create({ data: { userId, tokenHash, expiresAt, createdById: actor.userId } });
    await recordAudit(actor, "user.password_reset_issued", { type: "user", id: userId }, undefined, tx);
  });
  return { ok: true, token, expiresAt };
}

/**
 * Sets a new password with a reset link. The token is spent in the same transaction with a
 * conditional update, so two simultaneous uses cannot both succeed.
 */
export async function resetPasswordWithToken(
  token: string,
  password: string,
  meta: { ip: string | null; userAgent: string | null },
  now = new Date(),
): Promise<{ ok: true } | { ok: false; error: Exclude<ResetTokenState, "valid"> }> {
  const row = await db.passwordResetToken.findUnique({
    where: { tokenHash: hashResetToken(token) },
    select: {
      id: true, userId: true, usedAt: true, expiresAt: true,
      user: { select: { active: true, officeId: true, email: true, phone: true, profile: { select: { nik: true } } } },
    },
  });
  if (!row || !row.user.active) return { ok: false, error: "invalid" };
  if (row.usedAt) return { ok: false, error: "used" };
  if (row.expiresAt <= now) return { ok: false, error: "expired" };
  const passwordHash = await hashPassword(password);
  const spent = await db.$transaction(async (tx) => {
    const claim = await tx.passwordResetToken.updateMany({ where: { id: row.id, usedAt: null, expiresAt: { gt: now } }, data: { usedAt: now } });
    if (claim.count !== 1) return false;
    await tx.user.update({ where: { id: row.userId }, data: { passwordHash, passwordChangedAt: now } });
    // A locked-out person who got a new password from the office may sign in at once.
    const { email, phone, profile } = row.user;
    const keys = [email && `acct:email:${email}`, phone && `acct:phone:${phone}`, profile && `acct:nik:${profile.nik}`].filter((k): k is string => Boolean(k));
    await tx.loginThrottle.deleteMany({ where: { key: { in: keys } } });
    await recordAudit(
      { userId: row.userId, officeId: row.user.officeId, ip: meta.ip, userAgent: meta.userAgent },
      "user.password_reset",
      { type: "user", id: row.userId },
      undefined,
      tx,
    );
    return true;
  });
  return spent ? { ok: true } : { ok: false, error: "used" };
}
