import "server-only";
import { ingestUpload, type UploadError } from "@/lib/storage/ingest";
import { MAX_PHOTO_BYTES, MAX_PHOTOS } from "../schema";

export type PhotoUpload = { bytes: Uint8Array };

export type PhotoResult = { ok: true; fileIds: string[] } | { ok: false; error: UploadError | "too_many" };

/**
 * Stores complaint photos through the shared upload pipeline (type by bytes, re-encoded, EXIF and
 * GPS removed). Names are neutral on purpose: a phone's file name can carry the reporter's name,
 * and an Anonim reporter must not be recognisable from a download's file name.
 */
export async function storeComplaintPhotos(photos: PhotoUpload[], officeId: string, ownerId: string, prefix: "foto" | "hasil"): Promise<PhotoResult> {
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
    if (!result.ok) return { ok: false, error: result.error };
    fileIds.push(result.file.id);
  }
  return { ok: true, fileIds };
}
