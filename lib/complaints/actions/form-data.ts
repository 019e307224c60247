import "server-only";
import { MAX_PHOTO_BYTES, MAX_PHOTOS } from "../schema";
import type { PhotoUpload } from "../mutations/photos";

/** Text fields of a multipart form; empty strings become undefined so optional fields stay optional. */
export function textFields(form: FormData, names: string[]): Record<string, string | undefined> {
  return Object.fromEntries(
    names.map((name) => {
      const value = form.get(name);
      return [name, typeof value === "string" && value.trim() !== "" ? value : undefined];
    }),
  );
}

export function numberField(form: FormData, name: string): number | undefined {
  const value = form.get(name);
  if (typeof value !== "string" || value.trim() === "") return undefined;
  const n = Number(value);
  return Number.isFinite(n) ? n : Number.NaN;
}

/** The pipeline's input step for a complaint form: its text fields plus the optional map point. */
/** The text fields of a resident's complaint form (the server action and the outbox route). */
export const COMPLAINT_CONTENT_FIELDS = ["classification", "categoryId", "title", "description", "locationText", "privacy"];

export function complaintForm(fields: string[]) {
  return (raw: unknown) => {
    if (!(raw instanceof FormData)) throw new TypeError("multipart form expected");
    return { ...textFields(raw, fields), latitude: numberField(raw, "latitude"), longitude: numberField(raw, "longitude") };
  };
}

/** The photos of a form, checked for count and size before any byte is read into memory. */
export async function photosOf(form: FormData): Promise<{ ok: true; photos: PhotoUpload[] } | { ok: false; error: string }> {
  const files = form.getAll("photos").filter((f): f is File => typeof f !== "string" && f.size > 0);
  if (files.length > MAX_PHOTOS) return { ok: false, error: "too_many" };
  if (files.some((f) => f.size > MAX_PHOTO_BYTES)) return { ok: false, error: "too_large" };
  return { ok: true, photos: await Promise.all(files.map(async (f) => ({ bytes: new Uint8Array(await f.arrayBuffer()) }))) };
}
