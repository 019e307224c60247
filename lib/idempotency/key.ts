// An idempotency key as a client sends it (the `Idempotency-Key` header): made on the phone once
// per submission (crypto.randomUUID) and sent again with every retry of that submission.
export const IDEMPOTENCY_HEADER = "Idempotency-Key";

export function parseIdempotencyKey(value: string | null | undefined): string | null {
  const key = value?.trim() ?? "";
  return /^[A-Za-z0-9_-]{16,100}$/.test(key) ? key : null;
}

/** A new key for one submission, in the browser (randomUUID needs a secure context; plain http on a LAN has none). */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, "0")).join("");
}
