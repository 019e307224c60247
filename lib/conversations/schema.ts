// Input schemas shared by the forms and the server actions. Messages are codes; the UI translates
// them (conversations.errors.*).
import { z } from "zod";
import { unknownVariables } from "./template";

export const MAX_ATTACHMENTS = 3;
export const MAX_ATTACHMENT_BYTES = 8 * 1024 * 1024;
export const MAX_BODY = 4000;
export const STATUSES = ["OPEN", "PENDING", "RESOLVED"] as const;
export const KINDS = ["REQUEST", "COMPLAINT", "HELP"] as const;

const id = z.string({ error: "required" }).regex(/^[a-z0-9]{10,40}$/i, { error: "required" });

/** A message to an existing thread, or the first one of a request's or complaint's thread. */
export const sendMessageSchema = z.object({
  conversationId: id.optional(),
  requestId: id.optional(),
  complaintId: id.optional(),
  body: z.string().trim().max(MAX_BODY, { error: "too_long" }),
  internal: z.boolean().default(false),
  /** Set by the action after the files are counted; the body may be empty only with attachments. */
  attachmentCount: z.number().int().min(0).max(MAX_ATTACHMENTS, { error: "too_many" }).default(0),
})
  .refine((v) => v.body.length > 0 || v.attachmentCount > 0, { error: "empty", path: ["body"] })
  .refine((v) => [v.conversationId, v.requestId, v.complaintId].filter(Boolean).length === 1, { error: "required", path: ["conversationId"] });
export type SendMessageInput = z.output<typeof sendMessageSchema>;

export const startHelpSchema = z.object({
  body: z.string().trim().min(5, { error: "too_short" }).max(MAX_BODY, { error: "too_long" }),
});

const phoneOrEmail = z
  .string()
  .trim()
  .min(1, { error: "required" })
  .max(120, { error: "too_long" })
  .refine((v) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v) || /^(\+62|62|0)8[0-9]{7,12}$/.test(v.replace(/[\s-]/g, "")), { error: "contact" });

export const visitorHelpSchema = z.object({
  officeId: id,
  name: z.string().trim().min(2, { error: "required" }).max(100, { error: "too_long" }),
  contact: phoneOrEmail,
  body: z.string().trim().min(5, { error: "too_short" }).max(MAX_BODY, { error: "too_long" }),
});

export const conversationIdSchema = z.object({ conversationId: id });

export const assignSchema = z.object({ conversationId: id, assigneeId: id.nullable() });

export const statusSchema = z.object({ conversationId: id, status: z.enum(STATUSES) });

export const cannedSchema = z.object({
  id: id.optional(),
  scope: z.enum(["mine", "office"]),
  shortcut: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9_-]{2,30}$/, { error: "shortcut" }),
  body: z
    .string()
    .trim()
    .min(2, { error: "required" })
    .max(MAX_BODY, { error: "too_long" })
    .refine((v) => unknownVariables(v).length === 0, { error: "unknown_variable" }),
});
export type CannedInput = z.output<typeof cannedSchema>;

export const cannedDeleteSchema = z.object({ id });

export const inboxFiltersSchema = z.object({
  status: z.enum(STATUSES).optional(),
  kind: z.enum(KINDS).optional(),
  view: z.enum(["all", "unread", "mine", "unassigned"]).default("all"),
  q: z.string().trim().max(100).optional(),
  // Keyset cursors (lib/paging/keyset), the back-office vocabulary.
  after: z.string().max(400).optional(),
  before: z.string().max(400).optional(),
});
export type InboxFilters = z.output<typeof inboxFiltersSchema>;
