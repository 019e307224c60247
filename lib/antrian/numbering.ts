// Queue numbers: a prefix letter per service and a daily sequence, "A-012". Short ticket codes
// avoid letters that are misread on a phone screen or when read aloud (0/O, 1/I/L).
import crypto from "node:crypto";

export function formatQueueNumber(prefix: string, seq: number): string {
  return `${prefix}-${String(seq).padStart(3, "0")}`;
}

/** Scope of the shared sequence counter: one per service and Jakarta day, so numbers restart daily. */
export function queueSequenceScope(queueServiceId: string, dayKey: string): string {
  return `queue:${queueServiceId}:${dayKey}`;
}

export const CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

export function newTicketCode(length = 6): string {
  const bytes = crypto.randomBytes(length);
  return Array.from(bytes, (b) => CODE_ALPHABET[b % CODE_ALPHABET.length]).join("");
}

/** What a person typed or a scanner read, as a code: the QR holds a URL ending in the code. */
export function normalizeTicketCode(raw: string): string | null {
  const tail = raw.trim().split(/[/=]/).pop() ?? "";
  const code = tail.toUpperCase().replace(/[\s-]/g, "");
  return /^[A-Z0-9]{6}$/.test(code) ? code : null;
}

/** Spoken form for the TV: "A-012" → "A, nol satu dua" reads badly, so say the number as a number. */
export function spokenNumber(number: string): string {
  const [prefix, digits] = number.split("-");
  return `${prefix} ${Number(digits)}`;
}
