// Input schemas shared by the forms (zodResolver) and the server actions. Messages are codes;
// the UI translates them (complaints.errors.*).
import { z } from "zod";

import { dateField } from "@/lib/format/date-field";
import { CLASSIFICATIONS, INSTRUCTIONS, PRIVACIES, REJECT_REASONS, TRACK_VALUES, WALK_IN_CHANNELS } from "./constants";

export * from "./constants";

const dateKey = dateField({ invalid: "date", required: "date" });

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: "too_long" })
    .transform((v) => (v ? v : undefined))
    .optional();

const coordinate = (limit: number) => z.number({ error: "coordinates" }).min(-limit, { error: "coordinates" }).max(limit, { error: "coordinates" });

export const complaintContentSchema = z
  .object({
    classification: z.enum(CLASSIFICATIONS, { error: "required" }),
    categoryId: z.string({ error: "required" }).min(1, { error: "required" }),
    title: z.string().trim().min(5, { error: "title_short" }).max(150, { error: "too_long" }),
    description: z.string().trim().min(20, { error: "description_short" }).max(4000, { error: "too_long" }),
    locationText: optionalText(300),
    latitude: coordinate(90).optional(),
    longitude: coordinate(180).optional(),
    privacy: z.enum(PRIVACIES, { error: "required" }),
  })
  .refine((v) => (v.latitude === undefined) === (v.longitude === undefined), { error: "coordinates", path: ["latitude"] });

export type ComplaintContentInput = z.input<typeof complaintContentSchema>;
export type ComplaintContent = z.output<typeof complaintContentSchema>;

/** A complaint told at a desk, a Balai RW post or by WhatsApp, entered by staff. */
export const walkInSchema = complaintContentSchema.and(
  z.object({
    channel: z.enum(WALK_IN_CHANNELS, { error: "required" }),
    // Optional: the resident's NIK to link the complaint to their register entry (and account).
    reporterNik: z
      .string()
      .trim()
      .refine((v) => v === "" || /^\d{16}$/.test(v), { error: "nik" })
      .transform((v) => (v ? v : undefined))
      .optional(),
  }),
);
export type WalkInInput = z.input<typeof walkInSchema>;

const target = { id: z.string().min(1), version: z.number().int().min(0) };

export const verifySchema = z.object({ ...target, track: z.enum(TRACK_VALUES, { error: "required" }), note: optionalText(1000) });

export const rejectSchema = z
  .object({
    ...target,
    reason: z.enum(REJECT_REASONS, { error: "required" }),
    duplicateTicket: optionalText(40),
    referredTo: optionalText(200),
    note: optionalText(1000),
  })
  .superRefine((v, ctx) => {
    if (v.reason === "DUPLICATE" && !v.duplicateTicket) ctx.addIssue({ code: "custom", path: ["duplicateTicket"], message: "required" });
    if (v.reason === "NOT_AUTHORITY" && !v.referredTo) ctx.addIssue({ code: "custom", path: ["referredTo"], message: "required" });
  });

export const disposeSchema = z.object({
  ...target,
  unitId: z.string({ error: "required" }).min(1, { error: "required" }),
  instruction: z.enum(INSTRUCTIONS, { error: "required" }),
  dueDate: dateKey,
  note: optionalText(1000),
});

export const followUpSchema = z.object({
  ...target,
  actionDate: dateKey,
  note: z.string().trim().min(5, { error: "note_short" }).max(2000, { error: "too_long" }),
});

export const completeSchema = z.object({ ...target, note: z.string().trim().min(5, { error: "note_short" }).max(2000, { error: "too_long" }) });

export const confirmSchema = z.object(target);

export const reopenSchema = z.object({ ...target, reason: z.string().trim().min(10, { error: "reason_short" }).max(1000, { error: "too_long" }) });

export const revealSchema = z.object({ id: z.string().min(1), reason: z.string().trim().min(10, { error: "reason_short" }).max(500, { error: "too_long" }) });

export const categorySchema = z.object({
  name: z.string().trim().min(2, { error: "too_short" }).max(80, { error: "too_long" }),
  position: z.number().int().min(0).max(999).optional(),
});

export type VerifyInput = z.input<typeof verifySchema>;
export type RejectInput = z.input<typeof rejectSchema>;
export type DisposeInput = z.input<typeof disposeSchema>;
export type FollowUpInput = z.input<typeof followUpSchema>;
export type CompleteInput = z.input<typeof completeSchema>;
export type ReopenInput = z.input<typeof reopenSchema>;
