import { z } from "zod";
import { normalizePhone } from "@/lib/auth/identifier";

// Field schemas shared by registration, profile and admin forms. Messages are codes that the
// UI translates (messages/*/auth.json "errors"), never sentences.

export { PASSWORD_MIN } from "./password-rules";
import { PASSWORD_MIN } from "./password-rules";

export const requiredText = (max: number) =>
  z.string().trim().min(1, "required").max(max, "too_long");

export const optionalText = (max: number) => z.string().trim().max(max, "too_long");

/** Indonesian mobile or landline number, stored as 08…/0xx… so it works as a login identifier. */
export const phoneField = z
  .string()
  .trim()
  .min(1, "required")
  .transform((value) => normalizePhone(value))
  .refine((value) => /^0\d{8,14}$/.test(value), "phone_invalid");

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Optional e-mail: empty means none; stored lower-case because it is a login identifier. */
export const optionalEmailField = z
  .string()
  .trim()
  .max(254, "too_long")
  .transform((value) => value.toLowerCase())
  .refine((value) => value === "" || EMAIL.test(value), "email_invalid");

export const passwordField = z.string().min(PASSWORD_MIN, "password_short").max(128, "too_long");

/** RT / RW: 1–3 digits, stored zero-padded ("5" → "005") as on the KK. */
export const rtRwField = (code: "rt_invalid" | "rw_invalid") =>
  z
    .string()
    .trim()
    .min(1, "required") // shown first; the format check below also fails on empty input
    .refine((value) => /^\d{1,3}$/.test(value) && Number(value) > 0, code)
    .transform((value) => value.padStart(3, "0"));
