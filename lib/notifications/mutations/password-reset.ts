import "server-only";
import { db } from "@/lib/db";
import { RESET_TOKEN_TTL_MS, newResetToken } from "@/lib/accounts/token";
import { parseIdentifier } from "@/lib/auth/identifier";
import { notifyAccountLink } from "./hooks";

/**
 * Self-service "forgot password": finds the account by NIK, e-mail or phone and, if it exists and is
 * active, sends a one-time link by e-mail and SMS/WhatsApp (a mandatory event). The answer is the
 * same whether or not an account exists, so the form reveals nothing. The admin-issued link stays.
 */
export async function requestPasswordReset(identifier: string, now = new Date()): Promise<{ ok: true }> {
  const parsed = parseIdentifier(identifier);
  if (!parsed) return { ok: true };
  const user =
    parsed.kind === "nik"
      ? await db.user.findFirst({ where: { profile: { nik: parsed.value }, active: true }, select: { id: true, email: true, phone: true } })
      : await db.user.findFirst({ where: { [parsed.kind]: parsed.value, active: true }, select: { id: true, email: true, phone: true } });
  if (!user || (!user.email && !user.phone)) return { ok: true };
  const { token, tokenHash } = newResetToken();
  const expiresAt = new Date(now.getTime() + RESET_TOKEN_TTL_MS);
  await db.$transaction(async (tx) => {
    await tx.passwordResetToken.updateMany({ where: { userId: user.id, usedAt: null }, data: { usedAt: now } });
    const row = await tx.passwordResetToken.create({ data: { userId: user.id, tokenHash, expiresAt }, select: { id: true } });
    await notifyAccountLink(tx, { event: "account.password_reset", userId: user.id, token, expiresAt, tokenId: row.id });
  });
  return { ok: true };
}
