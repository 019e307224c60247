// Public look-up of a request at /lacak (issue 17): what a walk-in resident types from the receipt.
// Pure: the data module (lib/requests/data/tracking.ts) does the reading and the rate limiting.
import { normalizeTicket } from "@/lib/complaints/ticket";
import { formatRegistrationNumber } from "./numbering";

// Any case, spaces, "/", "-" or "." between the parts, the sequence with or without its leading zeros.
const LOOSE_NUMBER = /^([A-Z0-9]{2,10}?)\s*[/\-.\s]\s*(\d{4})\s*[/\-.\s]\s*(\d{1,9})$/;

/** A registration number as typed ("pks 2026 17", "PKS/2026/000017 ") in its canonical form, or null. */
export function normalizeRegistrationNumber(input: string): string | null {
  const match = LOOSE_NUMBER.exec(input.trim().toUpperCase());
  if (!match) return null;
  const sequence = Number(match[3]);
  if (!Number.isSafeInteger(sequence) || sequence < 1) return null;
  return formatRegistrationNumber(match[1], Number(match[2]), sequence);
}

export type TrackingQuery = { kind: "ticket"; ticket: string } | { kind: "request"; number: string } | { kind: "unknown" };

/** One box at /lacak takes a complaint ticket or a registration number. */
export function classifyTracking(input: string): TrackingQuery {
  const ticket = normalizeTicket(input);
  if (ticket) return { kind: "ticket", ticket };
  const number = normalizeRegistrationNumber(input);
  return number ? { kind: "request", number } : { kind: "unknown" };
}

/** The second factor printed on the receipt: the last 4 digits of the applicant's NIK (spaces ignored). */
export function nikSuffixOf(input: string): string | null {
  const digits = input.replace(/\s/g, "");
  return /^\d{4}$/.test(digits) ? digits : null;
}

/** Compares without an early exit, so the time taken does not say how many digits were right. */
export function nikEndsWith(nik: string, suffix: string): boolean {
  const tail = nik.slice(-4);
  let diff = tail.length ^ suffix.length;
  for (let i = 0; i < 4; i++) diff |= (tail.charCodeAt(i) || 0) ^ (suffix.charCodeAt(i) || 0);
  return diff === 0;
}
