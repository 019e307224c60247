// Ticket numbers: ADU-<office code>-<year>-<6-digit sequence>, readable aloud over the phone.

export function formatTicket(officeCode: string, year: number, sequence: number): string {
  return `ADU-${officeCode}-${year}-${String(sequence).padStart(6, "0")}`;
}

const TICKET_RE = /^ADU-[A-Z0-9]{2,10}-\d{4}-\d{6,}$/;

/** Normalises what a person types (spaces, lower case) into the canonical form, or null. */
export function normalizeTicket(input: string): string | null {
  const value = input.trim().toUpperCase().replace(/\s+/g, "");
  return TICKET_RE.test(value) ? value : null;
}
