import "server-only";
import { db } from "@/lib/db";
import { consumeRateLimit } from "@/lib/rate-limit/mutations";
import type { RequestStatus } from "../workflow";
import { nikEndsWith, nikSuffixOf, normalizeRegistrationNumber } from "../tracking";

export type PublicRequestTracking =
  | { ok: true; number: string; service: string; office: string; status: RequestStatus; submittedAt: Date | null; dueAt: Date | null; completedAt: Date | null; collectedAt: Date | null; pickupNote: string | null; digitalResult: boolean }
  | { ok: false; error: "not_found" | "rate_limited" };

/**
 * /lacak for a request: the registration number plus the last 4 digits of the applicant's NIK (both
 * on the receipt). Only status, dates and what to bring: no name, no NIK, no field values. A wrong
 * suffix answers exactly like an unknown number, and each number allows only a few look-ups an hour
 * (and each address a few more), so the 10,000 possible suffixes cannot be tried out.
 */
export async function getPublicRequestTracking(numberInput: string, nikInput: string, ip: string | null): Promise<PublicRequestTracking> {
  const number = normalizeRegistrationNumber(numberInput);
  const suffix = nikSuffixOf(nikInput);
  if (!number || !suffix) return { ok: false, error: "not_found" };
  const byAddress = await consumeRateLimit(`lacak-ip:${ip ?? "unknown"}`, 30, 600);
  const byNumber = await consumeRateLimit(`lacak-number:${number}`, 8, 3600);
  if (!byAddress.ok || !byNumber.ok) return { ok: false, error: "rate_limited" };
  const rows = await db.serviceRequest.findMany({
    where: { number, status: { not: "DRAFT" } },
    take: 2,
    select: {
      number: true, status: true, submittedAt: true, dueAt: true, completedAt: true, collectedAt: true, pickupNote: true, resultFileId: true,
      service: { select: { name: true } }, office: { select: { name: true } }, resident: { select: { nik: true } },
    },
  });
  const row = rows.find((r) => nikEndsWith(r.resident.nik, suffix));
  if (!row) return { ok: false, error: "not_found" };
  const done = row.status === "COMPLETED";
  return {
    ok: true, number: row.number!, service: row.service.name, office: row.office.name, status: row.status as RequestStatus,
    submittedAt: row.submittedAt, dueAt: done ? null : row.dueAt, completedAt: row.completedAt, collectedAt: row.collectedAt,
    pickupNote: done && !row.collectedAt ? row.pickupNote : null, digitalResult: done && Boolean(row.resultFileId),
  };
}
