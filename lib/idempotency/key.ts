// An idempotency key as a client sends it (the `Idempotency-Key` header): made on the phone once
// per submission (crypto.randomUUID) and sent again with every retry of that submission.
export const IDEMPOTENCY_HEADER = "Idempotency-Key";

export function parseIdempotencyKey(value: string | null | undefined): string | null {
  const key = value?.trim() ?? "";
  return /^[A-Za-z0-9_-]{16,100}$/.test(key) ? key : null;
}
