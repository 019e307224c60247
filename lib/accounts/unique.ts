// Maps a unique-constraint violation (Prisma P2002) to the form field it concerns. The checks
// before each write catch almost every duplicate; this covers two people racing for the same
// phone number or NIK between that check and the insert.
export function uniqueViolationField(error: unknown, fields: readonly string[]): string | null {
  if (!error || typeof error !== "object" || (error as { code?: unknown }).code !== "P2002") return null;
  // With driver adapters the constraint is reported in different shapes; search all of it.
  const meta = JSON.stringify((error as { meta?: unknown }).meta ?? {}) + String((error as { message?: unknown }).message ?? "");
  return fields.find((field) => meta.includes(field)) ?? fields[0] ?? null;
}
