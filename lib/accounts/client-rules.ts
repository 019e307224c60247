import type { Codes } from "@/lib/forms/lean-form";
import { PASSWORD_MIN } from "./password-rules";

// Client-side checks of the account forms, without a schema library in the page (issue 16).
// They mirror lib/accounts/schema.ts, which the server still applies in full and which stays
// the truth; client-rules.test.ts runs both on the same inputs and expects the same codes.

export const requiredCode = (value: string, max: number) => (!value.trim() ? "required" : value.trim().length > max ? "too_long" : undefined);

export function passwordCode(value: string) {
  return value.length < PASSWORD_MIN ? "password_short" : value.length > 128 ? "too_long" : undefined;
}

export function loginCodes(v: { identifier: string; password: string }): Codes<typeof v> {
  return { identifier: requiredCode(v.identifier, 254), password: !v.password ? "required" : v.password.length > 128 ? "too_long" : undefined };
}

export function resetPasswordCodes(v: { password: string; confirmPassword: string }): Codes<typeof v> {
  const password = passwordCode(v.password);
  return { password, confirmPassword: v.password !== v.confirmPassword ? "password_mismatch" : undefined };
}
