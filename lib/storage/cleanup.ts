import "server-only";
import { db } from "@/lib/db";
import { storeFor } from "./store";

/**
 * Deletes stored files that nothing refers to any more (a discarded draft, an upload whose
 * request changed state meanwhile). Files still attached anywhere are left alone.
 */
export async function deleteUnreferencedFiles(fileIds: string[]) {
  if (fileIds.length === 0) return 0;
  const orphans = await db.storedFile.findMany({
    where: {
      id: { in: fileIds },
      requestAttachments: { none: {} },
      resultForRequests: { none: {} },
      complaintAttachments: { none: {} },
    },
    select: { id: true, driver: true, key: true },
  });
  if (orphans.length === 0) return 0;
  await db.storedFile.deleteMany({ where: { id: { in: orphans.map((f) => f.id) } } });
  // Bytes go after the rows: a crash in between leaves an unreachable file, never a dangling row.
  await Promise.all(orphans.map((f) => storeFor(f.driver).delete(f.key).catch(() => {})));
  return orphans.length;
}
