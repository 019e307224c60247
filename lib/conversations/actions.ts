"use server";

import { action, fail } from "@/lib/action";
import { MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS, assignSchema, cannedDeleteSchema, cannedSchema, conversationIdSchema, sendMessageSchema, startHelpSchema, statusSchema, visitorHelpSchema } from "./schema";
import {
  assignConversation,
  deleteCannedAnswer,
  ensureComplaintThread,
  ensureRequestThread,
  markRead,
  postMessage,
  saveCannedAnswer,
  setConversationStatus,
  startHelp,
  startVisitorHelp,
  type Upload,
} from "./mutations";

function filesOf(raw: unknown): File[] {
  if (!(raw instanceof FormData)) return [];
  return raw.getAll("files").filter((f): f is File => typeof f !== "string" && f.size > 0);
}

function text(form: FormData, name: string): string | undefined {
  const value = form.get(name);
  return typeof value === "string" && value !== "" ? value : undefined;
}

/** Multipart: conversationId (or requestId / complaintId for a thread's first message), body, internal, up to three files under "files". */
export const sendMessageAction = action(
  {
    permission: "signed-in",
    schema: sendMessageSchema,
    rateLimit: { name: "conversation-message", limit: 30, windowSeconds: 60, by: "actor" },
    input: (raw) => {
      const form = raw as FormData;
      return {
        conversationId: text(form, "conversationId"),
        requestId: text(form, "requestId"),
        complaintId: text(form, "complaintId"),
        body: form.get("body") ?? "",
        internal: form.get("internal") === "1",
        attachmentCount: filesOf(raw).length,
      };
    },
  },
  async ({ actor, input, raw }) => {
    const files = filesOf(raw);
    if (files.length > MAX_ATTACHMENTS) return fail("too_many", { files: "too_many" });
    if (files.some((f) => f.size > MAX_ATTACHMENT_BYTES)) return fail("too_large", { files: "too_large" });
    let conversationId = input.conversationId;
    if (!conversationId) {
      const opened = input.requestId ? await ensureRequestThread(actor, input.requestId) : await ensureComplaintThread(actor, input.complaintId as string);
      if (!opened.ok) return opened;
      conversationId = opened.conversationId;
    }
    const uploads: Upload[] = await Promise.all(files.map(async (f) => ({ bytes: new Uint8Array(await f.arrayBuffer()), name: f.name })));
    const result = await postMessage(actor, conversationId, { body: input.body, internal: input.internal, uploads });
    if (!result.ok) return result.error === "too_many" || result.error === "too_large" || result.error === "type_not_allowed" || result.error === "empty" ? fail(result.error, { files: result.error }) : result;
    return { ok: true as const, conversationId, messageId: result.messageId };
  },
);

export const startHelpAction = action(
  { permission: "conversation.resident", schema: startHelpSchema, rateLimit: { name: "conversation-help", limit: 10, windowSeconds: 3600, by: "actor" }, revalidate: ["/warga/percakapan"] },
  async ({ actor, input }) => startHelp(actor, input.body),
);

/** A signed-out visitor: limited per address, the office chosen from the public catalogue. */
export const visitorHelpAction = action(
  { permission: "public", schema: visitorHelpSchema, rateLimit: { name: "conversation-visitor", limit: 5, windowSeconds: 3600, by: "ip" } },
  async ({ input }) => {
    const result = await startVisitorHelp(input);
    return result.ok ? { ok: true as const } : result;
  },
);

export const markReadAction = action({ permission: "signed-in", schema: conversationIdSchema }, async ({ actor, input }) => markRead(actor, input.conversationId));

export const assignAction = action(
  { permission: "conversation.handle", schema: assignSchema, revalidate: (i) => [`/petugas/percakapan/${i.conversationId}`] },
  async ({ actor, input }) => assignConversation(actor, input.conversationId, input.assigneeId),
);

export const setStatusAction = action(
  { permission: "conversation.handle", schema: statusSchema, revalidate: (i) => [`/petugas/percakapan/${i.conversationId}`] },
  async ({ actor, input }) => setConversationStatus(actor, input.conversationId, input.status),
);

export const saveCannedAction = action(
  { permission: "conversation.handle", schema: cannedSchema, revalidate: ["/petugas/percakapan/jawaban-cepat"] },
  async ({ actor, input }) => {
    const result = await saveCannedAnswer(actor, input);
    return !result.ok && result.error === "shortcut_taken" ? fail("shortcut_taken", { shortcut: "shortcut_taken" }) : result;
  },
);

export const deleteCannedAction = action(
  { permission: "conversation.handle", schema: cannedDeleteSchema, revalidate: ["/petugas/percakapan/jawaban-cepat"] },
  async ({ actor, input }) => deleteCannedAnswer(actor, input.id),
);
