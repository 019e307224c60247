// What happens to a complaint photo once it is picked: checked (type and size, HEIC named as such),
// then re-drawn on a canvas, smaller for a weak connection and without EXIF (so the GPS position
// never leaves the phone). The server re-encodes again; this is for bandwidth and privacy on the
// way. Loaded by the picker when the form is idle, not with the page (issue 16: first-load budget),
// so it is there, and in the service worker's cache, before a photo is picked offline.
import { MAX_PHOTO_BYTES } from "@/lib/complaints/constants";
import { checkPick, type PickProblem } from "@/lib/uploads/check-pick";

/** What the server keeps of a complaint photo (lib/complaints/mutations/photos.ts: any upload image type). */
const PHOTO_TYPES = ["image/*"];

export const checkPhoto = (file: File): PickProblem | null => checkPick(file, PHOTO_TYPES, MAX_PHOTO_BYTES);

export async function shrinkPhoto(file: File, index: number, maxSide: number): Promise<File> {
  try {
    const bitmap = await createImageBitmap(file, { imageOrientation: "from-image" });
    const scale = Math.min(1, maxSide / Math.max(bitmap.width, bitmap.height));
    const canvas = document.createElement("canvas");
    canvas.width = Math.round(bitmap.width * scale);
    canvas.height = Math.round(bitmap.height * scale);
    canvas.getContext("2d")?.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
    bitmap.close();
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, "image/jpeg", 0.85));
    return blob ? new File([blob], `foto-${index + 1}.jpg`, { type: "image/jpeg" }) : file;
  } catch {
    return file;
  }
}
