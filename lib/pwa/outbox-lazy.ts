// The phone's drafts and outbox (./outbox, with idb-keyval and lib/pwa/forget: about 1.6 KB gzip)
// are loaded just after the page, not with it: every form that uses them asks for them on mount
// (to resend what waits and bring back a draft), so the module is in memory, and in the service
// worker's cache, before the signal can drop. Issue 16: each resident page's own first-load
// JavaScript stays within 15 KB.
import type { OutboxItem, SendResult } from "./outbox";

export type { OutboxItem, SendResult };

let loading: Promise<typeof import("./outbox")> | null = null;
export const outboxModule = () =>
  (loading ??= import("./outbox").catch((error: unknown) => {
    loading = null; // a failed chunk load is tried again next time
    throw error;
  }));

export const loadDraft = async <T>(name: string) => (await outboxModule().catch(() => null))?.loadDraft<T>(name);
export const saveDraft = async (name: string, values: unknown) => (await outboxModule().catch(() => null))?.saveDraft(name, values);
export const clearDraft = async (name: string) => (await outboxModule().catch(() => null))?.clearDraft(name);
