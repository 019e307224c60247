// Residents sign in with whatever they remember: NIK, e-mail or phone number.
export type Identifier =
  | { kind: "nik"; value: string }
  | { kind: "email"; value: string }
  | { kind: "phone"; value: string };

/** Normalises an Indonesian phone number to the 08… form ("+62 812-3456-789" → "08123456789"). */
export function normalizePhone(input: string): string {
  let digits = input.replace(/[^\d+]/g, "");
  if (digits.startsWith("+62")) digits = "0" + digits.slice(3);
  else if (digits.startsWith("62")) digits = "0" + digits.slice(2);
  return digits.replace(/\D/g, "");
}

export function parseIdentifier(raw: string): Identifier | null {
  const input = raw.trim();
  if (!input) return null;
  if (input.includes("@")) return { kind: "email", value: input.toLowerCase() };
  const compact = input.replace(/[\s.-]/g, "");
  if (/^\d{16}$/.test(compact)) return { kind: "nik", value: compact };
  const phone = normalizePhone(input);
  if (/^0\d{8,14}$/.test(phone)) return { kind: "phone", value: phone };
  return null;
}
