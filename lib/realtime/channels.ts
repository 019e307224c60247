// Realtime channel names. A channel names a thing that changed, never what it contains: clients
// re-read through the normal authorized data functions. One PostgreSQL NOTIFY channel carries all.

/** The PostgreSQL channel every app instance LISTENs on. */
export const PG_CHANNEL = "lw_realtime";

export type RealtimeEvent = { seq: string; channel: string; id: string };

const CHANNEL_RE = /^[a-z][a-z0-9_-]{0,30}:[A-Za-z0-9_-]{1,60}$/;
const REF_RE = /^[A-Za-z0-9_-]{1,60}$/;

/** "kind:id", e.g. "conversation:ckx…"; lowercase kind, id of letters, digits, - and _. */
export function isChannel(value: string): boolean {
  return CHANNEL_RE.test(value);
}

export function isRef(value: string): boolean {
  return REF_RE.test(value);
}

/** The signed-in person's stream (app/api/events): bell, conversation badge and inbox lists share it. */
export const PERSONAL_EVENTS_URL = "/api/events";

/** Whether a message on the personal stream is about the bell (the rest is about conversations). */
export const isNotificationChannel = (channel: string) => channel.startsWith("notif:");

export const channels = {
  conversation: (id: string) => `conversation:${id}`,
  officeInbox: (officeId: string) => `inbox:${officeId}`,
  user: (userId: string) => `user:${userId}`,
  /** The person's in-app notifications (the bell). */
  notifications: (userId: string) => `notif:${userId}`,
  /** An office's queue changed (a number called, finished, issued…): public, numbers are re-read by slug. */
  queue: (officeId: string) => `queue:${officeId}`,
};

/** The NOTIFY payload: sequence, channel and record id only (well under PostgreSQL's 8000-byte limit). */
export function encodePayload(event: RealtimeEvent): string {
  return JSON.stringify({ s: event.seq, c: event.channel, i: event.id });
}

export function decodePayload(payload: string | undefined): RealtimeEvent | null {
  if (!payload) return null;
  try {
    const raw = JSON.parse(payload) as { s?: unknown; c?: unknown; i?: unknown };
    const seq = typeof raw.s === "number" ? String(raw.s) : raw.s;
    if (typeof seq !== "string" || !/^\d+$/.test(seq)) return null;
    if (typeof raw.c !== "string" || !isChannel(raw.c)) return null;
    if (typeof raw.i !== "string" || !isRef(raw.i)) return null;
    return { seq, channel: raw.c, id: raw.i };
  } catch {
    return null;
  }
}

/** Last-Event-ID as sent by the browser (or ?after= when polling); anything else means "from now". */
export function parseCursor(value: string | null | undefined): bigint | null {
  if (!value || !/^\d{1,19}$/.test(value)) return null;
  return BigInt(value);
}
