// Input schemas shared by the forms and the server actions. No Prisma here.
import { z } from "zod";
import { dateField } from "@/lib/format/date-field";

const dayKey = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "date");
const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "time");
const id = z.string().min(1).max(40);

export const PRIORITIES = ["NONE", "LANSIA", "DISABILITAS", "IBU_HAMIL"] as const;

export const bookSchema = z.object({
  queueServiceId: id,
  day: dayKey,
  start: hhmm,
  requestId: id.optional(),
});
export type BookInput = z.infer<typeof bookSchema>;

export const ticketIdSchema = z.object({ id });
export const checkInSchema = z.object({ code: z.string().trim().min(1, "required").max(300) });
export const walkInSchema = z.object({ queueServiceId: id, priority: z.enum(PRIORITIES).default("NONE") });
export const counterSchema = z.object({ counterId: id });
export const counterTicketSchema = z.object({ counterId: id, ticketId: id });
export const transferSchema = z.object({
  counterId: id,
  ticketId: id,
  toServiceId: id.optional(),
  toCounterId: id.optional(),
}).refine((v) => Boolean(v.toServiceId) !== Boolean(v.toCounterId), { message: "transfer_target", path: ["toServiceId"] });

export const scheduleSchema = z
  .object({
    id: id.optional(),
    queueServiceId: id,
    servicePointId: id,
    weekdays: z.array(z.coerce.number().int().min(1).max(7)).min(1, "weekdays"),
    startTime: hhmm,
    endTime: hhmm,
    slotMinutes: z.coerce.number().int().min(5, "slot_min").max(1440), // up to one slot for the whole day ("any time today")
    quotaPerSlot: z.coerce.number().int().min(1, "min1").max(1000),
    quotaPerDay: z.coerce.number().int().min(1, "min1").max(10000),
  })
  .refine((v) => v.endTime > v.startTime, { message: "end_before_start", path: ["endTime"] });
export type ScheduleInput = z.infer<typeof scheduleSchema>;

export const queueServiceSchema = z.object({
  id: id.optional(),
  name: z.string().trim().min(3, "min3").max(120),
  prefix: z.string().trim().toUpperCase().regex(/^[A-Z]$/, "prefix"),
  serviceId: id.optional().or(z.literal("").transform(() => undefined)),
  avgServiceMin: z.coerce.number().int().min(1).max(240),
  requireVerifiedRequest: z.coerce.boolean().default(false),
});
export type QueueServiceInput = z.infer<typeof queueServiceSchema>;

export const closureSchema = z.object({ id: id.optional().or(z.literal("").transform(() => undefined)), queueServiceId: id.optional().or(z.literal("").transform(() => undefined)), date: dateField({ invalid: "date", required: "date" }), reason: z.string().trim().min(3, "min3").max(200) });
export const counterAdminSchema = z.object({ servicePointId: id, number: z.coerce.number().int().min(1).max(99) });
/** Which services a loket calls; none chosen means every service of the office. */
export const counterActiveSchema = z.object({ counterId: id, active: z.enum(["true", "false"]).transform((v) => v === "true") });
export const counterServicesSchema = z.object({ counterId: id, serviceIds: z.array(id).max(50).default([]) });

export const settingsSchema = z.object({
  checkInBeforeMin: z.coerce.number().int().min(0).max(1440),
  checkInAfterMin: z.coerce.number().int().min(0).max(1440),
  noShowLimit: z.coerce.number().int().min(0).max(20),
  noShowWindowDays: z.coerce.number().int().min(1).max(365),
  blockDays: z.coerce.number().int().min(1).max(365),
  priorityEvery: z.coerce.number().int().min(0).max(20),
});
export type SettingsInput = z.infer<typeof settingsSchema>;
