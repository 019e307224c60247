// The assisted channel's form: who the resident is, which service, through which desk.
import { z } from "zod";
import { normalizeDigits, validateKk, validateNik } from "@/lib/residents/nik";
import { nikField } from "@/lib/residents/schema";
import { ASSISTED_CHANNELS } from "./staff-schema";
import { parseDateText } from "@/lib/format/date";
import { walkInSubjectSchema } from "./walk-in-subject";
import { OTHER_OFFICE_REASON } from "./policy";

const id = z.string().min(1).max(40).regex(/^[A-Za-z0-9_-]+$/);
const text = (max: number) => z.string().trim().min(1, "required").max(max, "too_long");

export const nikLookupSchema = z.object({ nik: nikField });

/**
 * A resident registered at another office who is at the desk (issue 17): the NIK, the full name
 * as on the KTP and the reason, checked against the profile by the server each time; the
 * notification contact is typed here, never taken from that office's profile.
 */
export const otherOfficeConfirmSchema = z.object({
  nik: nikField,
  fullName: text(100),
  reason: z
    .string()
    .trim()
    .min(1, { message: "reason_required", abort: true })
    .min(OTHER_OFFICE_REASON.min, "reason_too_short")
    .max(OTHER_OFFICE_REASON.max, "too_long"),
});

export const otherOfficeResidentSchema = otherOfficeConfirmSchema.extend({
  phone: z.string().trim().max(20).regex(/^(\+?\d{8,15})?$/, "phone_invalid").optional().transform((v) => v || undefined),
  email: z.union([z.literal(""), z.email("email_invalid").max(120, "too_long")]).optional().transform((v) => v || undefined),
});

/** A resident without an account, recorded at the desk from their KTP and KK. */
export const newResidentSchema = z
  .object({
    nik: z.string().transform(normalizeDigits),
    kkNumber: z.string().transform(normalizeDigits),
    fullName: text(100),
    birthPlace: text(60),
    // Typed day first at the desk (17/08/1990) or from the picker; YYYY-MM-DD from here on.
    birthDate: z.string().transform((v, ctx) => parseDateText(v) ?? (ctx.addIssue({ code: "custom", message: "date_invalid" }), z.NEVER)),
    sex: z.enum(["L", "P"], "required"),
    address: text(200),
    rt: z.string().trim().regex(/^\d{1,3}$/, "rt_invalid"),
    rw: z.string().trim().regex(/^\d{1,3}$/, "rw_invalid"),
    kelurahan: text(80),
    phone: z.string().trim().max(20).regex(/^(\+?\d{8,15})?$/, "phone_invalid").optional().transform((v) => v || undefined),
  })
  .superRefine((value, ctx) => {
    const nik = validateNik(value.nik, { birthDate: value.birthDate, sex: value.sex });
    if (!nik.ok) ctx.addIssue({ code: "custom", path: ["nik"], message: nik.error });
    else if (nik.warnings.includes("nik_birth_date_mismatch")) ctx.addIssue({ code: "custom", path: ["birthDate"], message: "nik_birth_date_mismatch" });
    const kk = validateKk(value.kkNumber);
    if (kk) ctx.addIssue({ code: "custom", path: ["kkNumber"], message: kk });
  });

export const walkInSchema = z
  .object({
    residentId: id.optional(),
    newResident: newResidentSchema.optional(),
    otherOfficeResident: otherOfficeResidentSchema.optional(),
    serviceId: id,
    channel: z.enum(ASSISTED_CHANNELS, "required"),
    servicePointId: id.optional(),
    fields: z.record(z.string(), z.string()).default({}),
    /** Document requirements whose original paper staff checked at the desk instead of scanning it. */
    originals: z.array(z.string().max(80)).max(30).default([]),
    /** "onSpot": the letter is issued and handed over now ("selesai di tempat"). */
    finish: z.enum(["none", "onSpot"]).default("none"),
    /** A person outside the KK the request is about (walk-in-subject.ts); absent: the resident looked up. */
    subject: walkInSubjectSchema.optional(),
  })
  .refine((v) => [v.residentId, v.newResident, v.otherOfficeResident].filter(Boolean).length === 1, { path: ["residentId"], message: "resident_required" });

export type NewResidentInput = z.input<typeof newResidentSchema>;
export type WalkInInput = z.output<typeof walkInSchema>;
export type OtherOfficeConfirmInput = z.output<typeof otherOfficeConfirmSchema>;
