// One interface for every outside channel. A channel either accepts a message (and returns the
// provider's message id when it has one) or throws a DeliveryError saying whether a retry can help.

export type OutgoingMessage = {
  /** Stable per delivery: sent to the provider as its idempotency key / message id where it has one. */
  idempotencyKey: string;
  /** E-mail address, +62 phone number, or push subscription endpoint. */
  to: string;
  subject: string | null;
  text: string;
  html?: string;
  /** Absolute link to the record (push click target, WhatsApp template button). */
  url?: string | null;
  locale: string;
  event: string;
};

export type SendResult = { providerMessageId: string | null };

export interface Channel {
  readonly name: string;
  send(message: OutgoingMessage): Promise<SendResult>;
  close?(): Promise<void>;
}

export class DeliveryError extends Error {
  constructor(
    message: string,
    /** false: retrying cannot help (bad number, unknown recipient, subscription gone). */
    readonly retryable: boolean,
    /** The push subscription / address no longer exists and should be forgotten. */
    readonly gone = false,
  ) {
    super(message);
    this.name = "DeliveryError";
  }
}

/** HTTP statuses worth retrying: timeouts, rate limits and server errors. */
export function retryableStatus(status: number): boolean {
  return status === 408 || status === 425 || status === 429 || status >= 500;
}
