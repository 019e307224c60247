// The frozen content of a letter: everything the PDF shows, rendered once from the template and the
// request. Stored on the letter so reprints and later template edits never change an issued letter.

export type LetterContent = {
  kop: { government: string; parent: string | null; name: string; address: string; contacts: string | null; logoFileId: string | null };
  title: string;
  paragraphs: string[];
  place: string;
  signer: { position: string; name: string; nip: string | null };
  qrPlacement: "LEFT" | "RIGHT";
};

export type SignatureMode = "QR" | "ELECTRONIC";

const MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"];

/** "1 Desember 2026" in Asia/Jakarta. */
export function indonesianDate(at: Date): string {
  const local = new Date(at.getTime() + 7 * 3600_000);
  return `${local.getUTCDate()} ${MONTHS[local.getUTCMonth()]} ${local.getUTCFullYear()}`;
}

/** The sentence under the signature saying how the letter is authenticated. */
export function signatureStatement(mode: SignatureMode): string {
  return mode === "ELECTRONIC"
    ? "Dokumen ini telah ditandatangani secara elektronik menggunakan sertifikat elektronik."
    : "Dokumen ini tidak ditandatangani secara elektronik; keasliannya diverifikasi dengan kode QR.";
}
