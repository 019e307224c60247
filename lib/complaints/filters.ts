// Staff queue filters, read from the URL so a view can be shared, reloaded and exported as is.
import { z } from "zod";
import { CLASSIFICATIONS, PRIVACIES, SLA_STATES } from "./schema";
import { ALL_STATUSES } from "./workflow";
import { parseDateText } from "@/lib/format/date";
import { pageRequestFrom } from "@/lib/paging/keyset";

const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const opt = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional()).catch(undefined);
// Typed day first in the filter bar (17/08/2026) or ISO from a link; YYYY-MM-DD from here on.
const day = z.string().transform((v, ctx) => parseDateText(v) ?? (ctx.addIssue({ code: "custom", message: "date_invalid" }), z.NEVER));

export const queueFilterSchema = z.object({
  from: opt(day),
  to: opt(day),
  status: opt(z.enum(ALL_STATUSES as [string, ...string[]])),
  classification: opt(z.enum(CLASSIFICATIONS)),
  category: opt(z.string().max(40)),
  unit: opt(z.string().max(40)), // a unit id, or "mine" for the caller's own units
  sla: opt(z.enum(SLA_STATES)),
  privacy: opt(z.enum(PRIVACIES)),
  // One staff member's id: complaints on which that person recorded a step (the supervisor's per-staff link).
  handler: opt(z.string().regex(/^[A-Za-z0-9_-]{1,40}$/)),
  q: opt(z.string().trim().max(100)),
  // Keyset cursors (lib/paging/keyset), the back-office vocabulary.
  after: opt(z.string().max(400)),
  before: opt(z.string().max(400)),
});

export type QueueFilters = z.infer<typeof queueFilterSchema>;

export function parseQueueFilters(params: Record<string, string | string[] | undefined>): QueueFilters {
  const flat = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  // The cursor through the paging module, so links saved with the old ?cursor= still page.
  return queueFilterSchema.parse({ ...flat, ...pageRequestFrom(params, "staff") });
}

/** The URL query of a filter set (without the cursor unless given). */
export function filtersToQuery(filters: QueueFilters, extra: Record<string, string | undefined> = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...filters, after: undefined, before: undefined, ...extra })) {
    if (value) params.set(key, String(value));
  }
  return params.toString();
}
