import "server-only";
import crypto from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";
import { defaultStore, storeFor } from "@/lib/storage/store";

export const sha256Hex = (bytes: Uint8Array) => crypto.createHash("sha256").update(bytes).digest("hex");

/**
 * Stores a PDF the app generated itself (no sniffing or re-encoding needed: the bytes are ours) and
 * records its StoredFile row in the caller's transaction. If that transaction rolls back, the bytes
 * stay behind as an orphan for lib/storage/cleanup, never as a row without bytes.
 */
export async function storeGeneratedPdf(tx: Prisma.TransactionClient, input: { officeId: string; bytes: Buffer; name: string }) {
  const store = defaultStore();
  const now = new Date();
  const key = `${input.officeId}/${now.getUTCFullYear()}/${String(now.getUTCMonth() + 1).padStart(2, "0")}/${crypto.randomUUID()}.pdf`;
  const put = await store.put(key, input.bytes, "application/pdf");
  return tx.storedFile.create({
    data: {
      officeId: input.officeId, ownerId: null, driver: store.driver, key: put.key, mime: "application/pdf",
      size: input.bytes.byteLength, sha256: sha256Hex(input.bytes), originalName: input.name,
    },
    select: { id: true },
  });
}

/** The bytes of a stored file (the letterhead logo), or null. */
export async function readStoredFile(client: Prisma.TransactionClient, fileId: string | null): Promise<Buffer | null> {
  if (!fileId) return null;
  const file = await client.storedFile.findUnique({ where: { id: fileId }, select: { driver: true, key: true } });
  return file ? storeFor(file.driver).get(file.key) : null;
}
