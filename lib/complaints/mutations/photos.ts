import "server-only";
import { db } from "@/lib/db";
import { ingestUpload, type UploadError } from "@/lib/storage/ingest";
import { storeFor } from "@/lib/storage/store";
import { MAX_PHOTO_BYTES, MAX_PHOTOS } from "../schema";

export type PhotoUpload = { bytes: Uint8Array };

export type PhotoResult = { ok: true; fileIds: string[] } | { ok: false; error: UploadError | "too_many" };

/**
 * Stores complaint photos through the shared upload pipeline (type by bytes, re-encoded, EXIF and
 * GPS removed). Names are neutral on purpose: a phone's file name can carry the reporter's name,
 * and an Anonim reporter must not be recognisable from a download's file name.
 */
export async function storeComplaintPhotos(photos: PhotoUpload[], officeId: string, ownerId: string | null, prefix: "foto" | "hasil"): Promise<PhotoResult> {
  if (photos.length > MAX_PHOTOS) return { ok: false, error: "too_many" };
  const fileIds: string[] = [];
  for (const [index, photo] of photos.entries()) {
    const result = await ingestUpload({
      bytes: photo.bytes,
      originalName: `${prefix}-${index + 1}`,
      accept: ["image/*"],
      maxBytes: MAX_PHOTO_BYTES,
      officeId,
      ownerId,
    });
    if (!result.ok) {
      await discardPhotos(fileIds);
      return { ok: false, error: result.error };
    }
    fileIds.push(result.file.id);
  }
  return { ok: true, fileIds };
}

/** Removes photos stored for a complaint step that then failed, so no orphan files stay behind. */
export async function discardPhotos(fileIds: string[]) {
  if (fileIds.length === 0) return;
  const rows = await db.storedFile.findMany({ where: { id: { in: fileIds } }, select: { id: true, driver: true, key: true } });
  await db.storedFile.deleteMany({ where: { id: { in: rows.map((r) => r.id) } } });
  await Promise.all(rows.map((r) => storeFor(r.driver).delete(r.key).catch(() => {})));
}
