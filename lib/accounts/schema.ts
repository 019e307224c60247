import { z } from "zod";
import { optionalEmailField, passwordField, phoneField, requiredText } from "./fields";

export const loginSchema = z.object({
  identifier: requiredText(254),
  password: z.string().min(1, "required").max(128, "too_long"),
});
export type LoginInput = z.input<typeof loginSchema>;

export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, "required").max(128, "too_long"),
    newPassword: passwordField,
    confirmPassword: z.string(),
  })
  .refine((v) => v.newPassword === v.confirmPassword, { message: "password_mismatch", path: ["confirmPassword"] })
  .refine((v) => v.newPassword !== v.currentPassword, { message: "password_same", path: ["newPassword"] });
export type ChangePasswordInput = z.input<typeof changePasswordSchema>;

export const resetPasswordSchema = z
  .object({ password: passwordField, confirmPassword: z.string() })
  .refine((v) => v.password === v.confirmPassword, { message: "password_mismatch", path: ["confirmPassword"] });
export type ResetPasswordInput = z.input<typeof resetPasswordSchema>;

/** What staff, supervisors and admins may change about themselves. */
export const staffProfileSchema = z.object({
  name: requiredText(100),
  phone: z.union([z.literal(""), phoneField]),
  // Staff sign in with their e-mail, so it cannot be removed.
  email: optionalEmailField.refine((v) => v !== "", "required"),
});
export type StaffProfileInput = z.input<typeof staffProfileSchema>;
