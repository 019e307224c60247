// Input shapes of the staff side of requests (queue, detail page, bulk), shared by forms, URLs and server actions. Messages are codes.
import { z } from "zod";
import { validateNik } from "@/lib/residents/nik";
import { parseDateText } from "@/lib/format/date";

export const REQUEST_STATUSES = ["SUBMITTED", "VERIFIED", "NEEDS_CORRECTION", "PROCESSING", "COMPLETED", "REJECTED", "CANCELLED"] as const;
export const CHANNELS = ["WEB", "LOKET", "POS_RW", "WHATSAPP", "LAINNYA"] as const;
export const ASSISTED_CHANNELS = ["LOKET", "POS_RW", "WHATSAPP", "LAINNYA"] as const;
export const SLA_FILTERS = ["ON_TRACK", "DUE_SOON", "OVERDUE", "PAUSED"] as const;
export const SORTS = ["submitted_desc", "submitted_asc", "due_asc", "due_desc"] as const;
export const ASSIGNEE_FILTERS = ["any", "me", "unassigned"] as const;

// A day typed first-day-first in the filter bar (17/08/2026) or ISO from a link; YYYY-MM-DD from here on.
const dateKey = z.string().transform((v, ctx) => parseDateText(v) ?? (ctx.addIssue({ code: "custom", message: "date_invalid" }), z.NEVER));
const id = z.string().min(1).max(40).regex(/^[A-Za-z0-9_-]+$/);

// Filters come from the URL: a bad or stale value falls back to its default instead of failing.
export const queueFilterSchema = z.object({
  status: z.enum([...REQUEST_STATUSES, "open", "all"]).catch("open").default("open"),
  service: id.optional().catch(undefined),
  unit: id.optional().catch(undefined),
  // "any", "me", "unassigned" or one staff member's user id (the supervisor's per-staff links).
  assignee: z.union([z.enum(ASSIGNEE_FILTERS), id]).catch("any").default("any"),
  channel: z.enum(CHANNELS).optional().catch(undefined),
  from: dateKey.optional().catch(undefined),
  to: dateKey.optional().catch(undefined),
  sla: z.enum(SLA_FILTERS).optional().catch(undefined),
  // Completed in a date range (the dashboard's period figures), optionally only those completed late.
  doneFrom: dateKey.optional().catch(undefined),
  doneTo: dateKey.optional().catch(undefined),
  late: z.literal("1").optional().catch(undefined),
  q: z.string().trim().max(100).optional().catch(undefined).transform((v) => v || undefined),
  sort: z.enum(SORTS).catch("submitted_desc").default("submitted_desc"),
  after: z.string().max(200).optional().catch(undefined),
  before: z.string().max(200).optional().catch(undefined),
});
export type QueueFilters = z.infer<typeof queueFilterSchema>;

const FILTER_KEYS = ["status", "service", "unit", "assignee", "channel", "from", "to", "sla", "doneFrom", "doneTo", "late", "q", "sort"] as const;

/** A staff member's id in the assignee filter, or null for the fixed choices. */
export function assigneeUserId(assignee: QueueFilters["assignee"]): string | null {
  return (ASSIGNEE_FILTERS as readonly string[]).includes(assignee) ? null : assignee;
}

/** Reads filters from Next's searchParams (first value of repeated keys). */
export function parseQueueFilters(params: Record<string, string | string[] | undefined> | URLSearchParams): QueueFilters {
  const get = (key: string) => {
    const value = params instanceof URLSearchParams ? params.get(key) ?? undefined : params[key];
    return Array.isArray(value) ? value[0] : value;
  };
  const raw = Object.fromEntries([...FILTER_KEYS, "after", "before"].map((k) => [k, get(k)]).filter(([, v]) => v !== undefined && v !== ""));
  return queueFilterSchema.parse(raw);
}

/** The URL query of a view; defaults are left out so shared links stay short. */
export function queueQueryString(filters: Partial<QueueFilters>, extra: Record<string, string | undefined> = {}): string {
  const out = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = filters[key];
    if (value === undefined || value === "") continue;
    if ((key === "status" && value === "open") || (key === "assignee" && value === "any") || (key === "sort" && value === "submitted_desc")) continue;
    out.set(key, String(value));
  }
  for (const [k, v] of Object.entries(extra)) if (v) out.set(k, v);
  const text = out.toString();
  return text ? `?${text}` : "";
}

const versioned = { id, version: z.coerce.number().int().min(0) };
const note = z.string().trim().max(2000).transform((v) => v || undefined).optional();

export const assignSchema = z.object({ ...versioned, assigneeId: id.nullable() });
export const simpleTransitionSchema = z.object({ ...versioned, note });
export const correctionSchema = z.object({
  ...versioned,
  note,
  corrections: z
    .array(z.object({ requirementCode: z.string().max(80).transform((v) => v || undefined).optional(), message: z.string().trim().min(3, "too_short").max(500) }))
    .min(1, "corrections_required")
    .max(30),
});
export const rejectSchema = z.object({ ...versioned, reason: z.string().trim().min(10, "reason_too_short").max(2000) });
export const completeSchema = z.discriminatedUnion("mode", [
  z.object({ ...versioned, mode: z.literal("file"), note }),
  z.object({ ...versioned, mode: z.literal("pickup"), note, pickupNote: z.string().trim().min(5, "pickup_note_required").max(1000) }),
]);
export const noteSchema = z.object({ ...versioned, note: z.string().trim().min(1, "required").max(4000), internal: z.preprocess((v) => v === true || v === "true" || v === "on", z.boolean()) });

export const bulkSchema = z.object({
  items: z.array(z.object(versioned)).min(1).max(200),
  action: z.enum(["assign", "verify", "process", "reject"]),
  assigneeId: id.nullable().optional(),
  reason: z.string().trim().max(2000).optional(),
});

export type AssignInput = z.infer<typeof assignSchema>;
export type SimpleTransitionInput = z.infer<typeof simpleTransitionSchema>;
export type CorrectionInput = z.infer<typeof correctionSchema>;
export type RejectInput = z.infer<typeof rejectSchema>;
export type CompleteInput = z.infer<typeof completeSchema>;
export type NoteInput = z.infer<typeof noteSchema>;
export type BulkInput = z.infer<typeof bulkSchema>;

/** "Sudah diambil": the applicant themselves, or someone else identified by their own KTP. */
export const handoverSchema = z
  .object({
    ...versioned,
    collector: z.enum(["self", "other"]),
    name: z.string().trim().max(100).optional().transform((v) => v || undefined),
    nik: z.string().transform((v) => v.replace(/\D/g, "")).optional(),
  })
  .superRefine((v, ctx) => {
    if (v.collector !== "other") return;
    if (!v.name || v.name.length < 3) ctx.addIssue({ code: "custom", path: ["name"], message: "required" });
    const nik = validateNik(v.nik ?? "");
    if (!nik.ok) ctx.addIssue({ code: "custom", path: ["nik"], message: nik.error });
  });
export type HandoverInput = z.infer<typeof handoverSchema>;
