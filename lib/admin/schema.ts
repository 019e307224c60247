import { z } from "zod";
import { optionalEmailField, optionalText, phoneField, requiredText } from "@/lib/accounts/fields";
import { parseDateText } from "@/lib/format/date";
import { dateField } from "@/lib/format/date-field";

const time = z.string().trim().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "time_invalid");

export const officeSchema = z.object({
  name: requiredText(120),
  address: requiredText(250),
  phone: optionalText(40),
  email: optionalEmailField,
  website: optionalText(200).refine((v) => v === "" || /^https?:\/\/\S+$/.test(v), "url_invalid"),
});
export type OfficeInput = z.input<typeof officeSchema>;

export const officeHoursSchema = z
  .object({
    openTime: time,
    closeTime: time,
    slaWarnDays: z.coerce.number<string | number>("number_invalid").int("number_invalid").min(0, "sla_range").max(10, "sla_range"),
  })
  .refine((v) => v.closeTime > v.openTime, { message: "close_before_open", path: ["closeTime"] });
export type OfficeHoursInput = z.input<typeof officeHoursSchema>;

export const unitSchema = z.object({
  code: z.string().trim().toUpperCase().regex(/^[A-Z0-9_-]{2,20}$/, "code_invalid"),
  name: requiredText(120),
});
export type UnitInput = z.input<typeof unitSchema>;

export const servicePointSchema = z.object({
  name: requiredText(120),
  kind: z.enum(["LOKET", "POS_RW", "LAINNYA"], "required"),
  address: optionalText(250),
});
export type ServicePointInput = z.input<typeof servicePointSchema>;

export const staffRoles = ["STAFF", "SUPERVISOR", "ADMIN"] as const;

// A group of checkboxes with a single option may arrive as one string or false; always a list here.
const idList = z.preprocess(
  (value) => (Array.isArray(value) ? value : typeof value === "string" && value ? [value] : []),
  z.array(z.string().max(40)).max(50),
);

/** An admin creates or edits a staff, supervisor or admin account of their own office. */
export const staffUserSchema = z.object({
  name: requiredText(100),
  email: optionalEmailField.refine((v) => v !== "", "required"),
  phone: z.union([z.literal(""), phoneField]),
  role: z.enum(staffRoles, "required"),
  unitIds: idList,
  servicePointIds: idList,
});
export type StaffUserInput = z.input<typeof staffUserSchema>;
export type StaffUser = z.output<typeof staffUserSchema>;

export const holidaySchema = z.object({
  date: dateField({ invalid: "date_invalid" }),
  name: requiredText(120),
  /** Collective leave decreed with the national holidays (cuti bersama): the office is closed, deadlines skip it. */
  cutiBersama: z.preprocess((v) => v === true || v === "true" || v === "on", z.boolean()).default(false),
});
export type HolidayInput = z.input<typeof holidaySchema>;

// Typed day first in the filter bar (17/08/2026) or ISO from a link; a date that does not read is dropped
// here and named at its field by the page (auditDateErrors).
const day = z.string().transform((v, ctx) => parseDateText(v) ?? (ctx.addIssue({ code: "custom", message: "date_invalid" }), z.NEVER)).optional().catch(undefined);

/** Audit log filters, read from the URL (bad values are ignored rather than failing the page). */
export const auditFilterSchema = z.object({
  action: z.string().trim().max(60).optional().catch(undefined),
  actor: z.string().trim().max(100).optional().catch(undefined),
  from: day,
  to: day,
});
export type AuditFilter = z.output<typeof auditFilterSchema>;

export const userFilterSchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  role: z.enum(["RESIDENT", ...staffRoles]).optional().catch(undefined),
  status: z.enum(["active", "inactive"]).optional().catch(undefined),
});
export type UserFilter = z.output<typeof userFilterSchema>;
