// Electronic signatures (BSrE-style: a certificate authority signs the PDF on the official's behalf)
// sit behind one interface. No provider is configured in this deployment, so letters are issued as
// "verified by QR" and say so; a real provider sets `configured` and returns the signed bytes.

export type SignRequest = { pdf: Buffer; signerName: string; signerNip: string | null; reason: string };

export interface SignatureProvider {
  readonly id: string;
  readonly configured: boolean;
  sign(request: SignRequest): Promise<Buffer>;
}

export class NotConfiguredSignature implements SignatureProvider {
  readonly id = "none";
  readonly configured = false;
  async sign(): Promise<Buffer> {
    throw new Error("no electronic-signature provider is configured");
  }
}

let provider: SignatureProvider = new NotConfiguredSignature();

/** The provider letters are signed with (the not-configured default unless one is installed). */
export function signatureProvider(): SignatureProvider {
  return provider;
}

/** Installs a provider, e.g. a BSrE client at start-up. */
export function useSignatureProvider(next: SignatureProvider): void {
  provider = next;
}
