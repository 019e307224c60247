import { createHash, randomBytes } from "node:crypto";

// Password reset links carry a random token; only its sha256 is stored, so a copy of the
// database cannot be used to reset anyone's password.
export const RESET_TOKEN_TTL_MS = 60 * 60 * 1000;
/** A new colleague's first-password link: long enough to be used after a weekend (issue 17), still one use only. */
export const INVITATION_TTL_MS = 72 * 60 * 60 * 1000;

export function newResetToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashResetToken(token) };
}

export function hashResetToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
