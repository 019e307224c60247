import { z } from "zod";
import { parseDateText } from "@/lib/format/date";
import { optionalEmailField, passwordField, phoneField, requiredText, rtRwField } from "@/lib/accounts/fields";
import { normalizeDigits, parseNik, validateKk } from "./nik";

/** A NIK as typed (spaces, dots and dashes dropped), checked by the shared rules; the one NIK field of every form. */
export const nikField = z
  .string()
  .transform(normalizeDigits)
  .superRefine((value, ctx) => {
    const parsed = parseNik(value);
    if (!parsed.ok) ctx.addIssue({ code: "custom", message: parsed.error });
  });

const kkField = z
  .string()
  .transform(normalizeDigits)
  .superRefine((value, ctx) => {
    const error = validateKk(value);
    if (error) ctx.addIssue({ code: "custom", message: error });
  });

const birthDateField = z
  .string()
  .trim()
  // Typed day first (17/08/1990) or from the date picker (1990-08-17): stored as YYYY-MM-DD.
  .transform((value) => parseDateText(value) ?? value)
  .superRefine((value, ctx) => {
    if (!value) return void ctx.addIssue({ code: "custom", message: "required" });
    const date = new Date(`${value}T00:00:00Z`);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
      return void ctx.addIssue({ code: "custom", message: "birth_date_invalid" });
    }
    if (value < "1900-01-01" || date.getTime() > Date.now()) ctx.addIssue({ code: "custom", message: "birth_date_range" });
  });

/** Contact details a resident may change after registering. */
export const residentContactSchema = z.object({
  phone: phoneField,
  email: optionalEmailField,
  address: requiredText(200),
  rt: rtRwField("rt_invalid"),
  rw: rtRwField("rw_invalid"),
});
export type ResidentContactInput = z.input<typeof residentContactSchema>;

export const registrationSchema = residentContactSchema
  .extend({
    nik: nikField,
    kkNumber: kkField,
    fullName: requiredText(100),
    birthPlace: requiredText(60),
    birthDate: birthDateField,
    sex: z.enum(["L", "P"], "sex_required"),
    officeId: z.string().min(1, "office_required"),
    password: passwordField,
    confirmPassword: z.string(),
    consent: z.boolean().refine((v) => v, "consent_required"),
  })
  .refine((v) => v.password === v.confirmPassword, { message: "password_mismatch", path: ["confirmPassword"] });
export type RegistrationInput = z.input<typeof registrationSchema>;
export type Registration = z.output<typeof registrationSchema>;

/** A register entry typed by staff (walk-in resident or correction), with the shared NIK and KK rules. */
export const registerEntrySchema = z.object({
  nik: nikField,
  kkNumber: kkField,
  fullName: requiredText(100),
  birthPlace: requiredText(60),
  birthDate: birthDateField,
  sex: z.enum(["L", "P"], "sex_required"),
  address: requiredText(200),
  rt: rtRwField("rt_invalid"),
  rw: rtRwField("rw_invalid"),
  headOfFamily: z.boolean(),
});
export type RegisterEntryInput = z.input<typeof registerEntrySchema>;
