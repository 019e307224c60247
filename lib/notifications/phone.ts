/**
 * The one place phone numbers become +62 form (E.164 for Indonesia). Accepts what people type:
 * 0812-3456-0001, 62812…, +62 812…, 812…. Returns null for anything that is not a plausible
 * Indonesian number (8–13 digits after the country code).
 */
export function normalizePhone(input: string | null | undefined): string | null {
  if (!input) return null;
  const trimmed = input.trim();
  let digits = trimmed.replace(/[\s().-]/g, "");
  if (digits.startsWith("+")) digits = digits.slice(1);
  if (!/^\d+$/.test(digits)) return null;
  if (digits.startsWith("62")) digits = digits.slice(2);
  else if (digits.startsWith("0")) digits = digits.slice(1);
  if (digits.startsWith("0")) return null;
  if (digits.length < 8 || digits.length > 13) return null;
  return `+62${digits}`;
}

/** Zenziva-style gateways and WhatsApp want the number without "+": 62812…. */
export function phoneDigits(e164: string): string {
  return e164.replace(/^\+/, "");
}
