// Camera photos are shrunk on the phone before they are sent (issue 17): a 48 MP photo is 6–12 MB,
// the server keeps at most MAX_IMAGE_SIDE px anyway, and on slow 3G every megabyte is a minute.
// Plain canvas APIs: the packaged compressors load their worker from a CDN, which the app's CSP
// and an offline phone both refuse.
import { MAX_IMAGE_SIDE } from "@/lib/storage/types";

const SHRINKABLE = /^image\/(jpeg|png|webp)$/;
/** Below this a photo within the size limit is sent as it is (re-encoding would only cost time). */
const SMALL_ENOUGH = 900 * 1024;

export type ShrinkPlan = { width: number; height: number; type: "image/jpeg" | "image/png" } | null;

/**
 * What to do with an image of this size: null when it is sent as it is. JPEG for photos; a PNG
 * stays PNG only where the requirement does not accept JPEG. Pure, so it is unit-tested.
 */
export function shrinkPlan(input: { width: number; height: number; bytes: number; type: string; accept: string[] }, maxSide = MAX_IMAGE_SIDE): ShrinkPlan {
  if (!SHRINKABLE.test(input.type)) return null;
  const scale = Math.min(1, maxSide / Math.max(input.width, input.height));
  if (scale === 1 && input.bytes <= SMALL_ENOUGH) return null;
  const jpegAllowed = input.accept.length === 0 || input.accept.includes("image/jpeg");
  const type = jpegAllowed ? "image/jpeg" : input.type === "image/png" ? "image/png" : null;
  if (!type) return null;
  return { width: Math.max(1, Math.round(input.width * scale)), height: Math.max(1, Math.round(input.height * scale)), type };
}

const renamed = (name: string, type: string) => (type === "image/jpeg" ? name.replace(/\.(png|webp|jpe?g)$/i, "") + ".jpg" : name);

/**
 * The photo at most `maxSide` (MAX_IMAGE_SIDE, or DATA_SAVER_IMAGE_SIDE in hemat data mode) px on its long side, upright (EXIF orientation applied), as
 * JPEG quality 0.85; the original when it cannot be decoded here or would not get smaller.
 */
export async function shrinkImage(file: File, accept: string[], maxSide = MAX_IMAGE_SIDE): Promise<File> {
  if (typeof createImageBitmap === "undefined" || !SHRINKABLE.test(file.type)) return file;
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file, { imageOrientation: "from-image" });
  } catch {
    return file; // the server says what is wrong with it
  }
  try {
    const plan = shrinkPlan({ width: bitmap.width, height: bitmap.height, bytes: file.size, type: file.type, accept }, maxSide);
    if (!plan) return file;
    const canvas = document.createElement("canvas");
    canvas.width = plan.width;
    canvas.height = plan.height;
    const context = canvas.getContext("2d");
    if (!context) return file;
    if (plan.type === "image/jpeg") {
      context.fillStyle = "#ffffff"; // transparent PNG areas become white, not black
      context.fillRect(0, 0, plan.width, plan.height);
    }
    context.imageSmoothingQuality = "high";
    context.drawImage(bitmap, 0, 0, plan.width, plan.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, plan.type, 0.85));
    if (!blob || blob.size >= file.size) return file;
    return new File([blob], renamed(file.name, plan.type), { type: plan.type, lastModified: file.lastModified });
  } finally {
    bitmap.close();
  }
}
