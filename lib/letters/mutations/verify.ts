import "server-only";
import { db } from "@/lib/db";
import { sha256Hex } from "./store";

export type VerifyMethod = "qr" | "number" | "file";

/** Logs one public check of a letter and counts it on the letter (shown on its staff page). */
export async function recordVerification(letterId: string, method: VerifyMethod, ip: string | null, matched: boolean | null = null) {
  await db.$transaction([
    db.letterVerification.create({ data: { letterId, method, ip, matched } }),
    db.letter.update({ where: { id: letterId }, data: { verifyCount: { increment: 1 } } }),
  ]);
}

/** Logs one opening of the public page of the letter behind `token`; false if there is no such letter. */
export async function recordLetterView(token: string, method: "qr" | "number", ip: string | null): Promise<boolean> {
  const letter = await db.letter.findUnique({ where: { token }, select: { id: true } });
  if (!letter) return false;
  await recordVerification(letter.id, method, ip);
  return true;
}

/** Whether uploaded bytes are exactly the issued PDF of the letter behind `token`; null if no such letter. */
export async function checkLetterFile(token: string, bytes: Uint8Array, ip: string | null): Promise<{ same: boolean } | null> {
  const letter = await db.letter.findUnique({ where: { token }, select: { id: true, sha256: true } });
  if (!letter?.sha256) return null;
  const same = sha256Hex(bytes) === letter.sha256;
  await recordVerification(letter.id, "file", ip, same);
  return { same };
}
