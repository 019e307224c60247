import { createStore, del, entries, get, set, type UseStore } from "idb-keyval";
import { DRAFTS_DB } from "./forget";

// The phone's drafts and outbox (issue 16), in IndexedDB so they survive a closed tab or a
// restart: a form's values as typed, and submissions waiting for a signal. Each outbox item
// carries its idempotency key from the first attempt, so however often it is resent the server
// files it once. Cleared on sign-out (lib/pwa/forget.ts).
export type OutboxItem = { key: string; kind: string; url: string; fields: [string, string | File][]; createdAt: number };
export type SendResult = { status: "sent"; body: Record<string, unknown> } | { status: "rejected"; body: Record<string, unknown> } | { status: "waiting" };

let store: UseStore | null = null;
const kv = () => (store ??= createStore(DRAFTS_DB, "kv"));

export const loadDraft = <T>(name: string) => get<T>(`draft:${name}`, kv()).catch(() => undefined);
export const saveDraft = (name: string, values: unknown) => set(`draft:${name}`, values, kv()).catch(() => {});
export const clearDraft = (name: string) => del(`draft:${name}`, kv()).catch(() => {});

export const enqueue = (item: OutboxItem) => set(`outbox:${item.key}`, item, kv());

export async function pending(kind: string): Promise<OutboxItem[]> {
  try {
    const all = await entries<string, OutboxItem>(kv());
    return all.filter(([k, item]) => k.startsWith("outbox:") && item.kind === kind).map(([, item]) => item).sort((a, b) => a.createdAt - b.createdAt);
  } catch {
    return [];
  }
}

/** One attempt: sent (and removed), rejected by the server (removed; the resident must fix it), or still waiting for a signal. */
export async function send(item: OutboxItem): Promise<SendResult> {
  const body = new FormData();
  for (const [name, value] of item.fields) body.append(name, value);
  let response: Response;
  try {
    response = await fetch(item.url, { method: "POST", body, headers: { "Idempotency-Key": item.key }, credentials: "same-origin", cache: "no-store" });
  } catch {
    return { status: "waiting" }; // no connection
  }
  if (response.status >= 500 || response.status === 429) return { status: "waiting" }; // try again later, same key
  const answer = (await response.json().catch(() => ({ ok: false, error: "generic" }))) as Record<string, unknown>;
  await del(`outbox:${item.key}`, kv()).catch(() => {});
  return answer.ok ? { status: "sent", body: answer } : { status: "rejected", body: answer };
}
