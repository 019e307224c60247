import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/types";
import { hashResetToken } from "./token";

/** Which of the given login identifiers already belong to another account. */
export async function findContactConflicts(contact: { phone?: string | null; email?: string | null }, excludeUserId?: string) {
  const errors: Record<string, string> = {};
  const others = excludeUserId ? { id: { not: excludeUserId } } : {};
  if (contact.phone && (await db.user.findFirst({ where: { phone: contact.phone, ...others }, select: { id: true } }))) {
    errors.phone = "phone_taken";
  }
  if (contact.email && (await db.user.findFirst({ where: { email: contact.email, ...others }, select: { id: true } }))) {
    errors.email = "email_taken";
  }
  return errors;
}

/** The signed-in person's own account, for the profile page. */
export async function getOwnAccount(actor: Actor) {
  return db.user.findUnique({
    where: { id: actor.userId },
    select: { name: true, email: true, phone: true, role: true, passwordChangedAt: true, office: { select: { name: true } } },
  });
}

export type ResetTokenState = "valid" | "expired" | "used" | "invalid";

/** Whether a reset link can still be used, without revealing whose it is. */
export async function resetTokenState(token: string, now = new Date()): Promise<ResetTokenState> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return "invalid";
  const row = await db.passwordResetToken.findUnique({
    where: { tokenHash: hashResetToken(token) },
    select: { expiresAt: true, usedAt: true, user: { select: { active: true } } },
  });
  if (!row || !row.user.active) return "invalid";
  if (row.usedAt) return "used";
  if (row.expiresAt <= now) return "expired";
  return "valid";
}
