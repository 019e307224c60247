// Ticket numbers: ADU-<office code>-<year>-<6-digit sequence>, readable aloud over the phone.

export function formatTicket(officeCode: string, year: number, sequence: number): string {
  return `ADU-${officeCode}-${year}-${String(sequence).padStart(6, "0")}`;
}

// What people type: any case, spaces or dashes (or nothing) between the parts, the sequence without its zeros.
const LOOSE_RE = /^ADU[\s-]*([A-Z0-9]{2,10}?)[\s-]*(\d{4})[\s-]*(\d{1,9})$/;

/** Normalises what a person types (spaces, lower case, "17" for "000017") into the canonical form, or null. */
export function normalizeTicket(input: string): string | null {
  const match = LOOSE_RE.exec(input.trim().toUpperCase());
  if (!match) return null;
  const sequence = Number(match[3]);
  if (!Number.isSafeInteger(sequence) || sequence < 1) return null;
  return formatTicket(match[1], Number(match[2]), sequence);
}
