// Checks a picked file in the browser against what the server will accept, before a byte is sent
// (issue 17): a resident on slow 3G should not wait a minute to hear that a PDF slot takes no DOCX.
// The server still decides by the file's bytes; this only catches what the name and type already say.
import { normaliseAccept } from "@/lib/storage/types";

export type PickProblem = "heic" | "type_not_allowed" | "too_large" | "empty";

/** Photos the browser can make smaller before sending: their size is checked after shrinking. */
const SHRINKABLE = /^image\/(jpeg|png|webp)$/;

const byExtension: Record<string, string> = {
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  png: "image/png",
  webp: "image/webp",
  avif: "image/avif",
  heic: "image/heic",
  heif: "image/heif",
  pdf: "application/pdf",
  gif: "image/gif",
  svg: "image/svg+xml",
  doc: "application/msword",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xls: "application/vnd.ms-excel",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  txt: "text/plain",
  zip: "application/zip",
};

/** The type the browser reports, or the one its extension names; null when neither says. */
export function pickedType(file: { name: string; type: string }): string | null {
  if (file.type) return file.type.toLowerCase();
  const ext = /\.([a-z0-9]{1,5})$/i.exec(file.name)?.[1]?.toLowerCase();
  return ext ? (byExtension[ext] ?? null) : null;
}

/**
 * What is wrong with a picked file, or null when it may go on (to shrinking, then the server).
 * HEIC/HEIF gets its own answer: iPhones save photos that way, and the server's image library
 * cannot decode them, so the resident must be told to pick JPG instead (or set the camera to it).
 */
export function checkPick(file: { name: string; type: string; size: number }, accept: readonly string[], maxBytes: number): PickProblem | null {
  if (file.size === 0) return "empty";
  const type = pickedType(file);
  if (type === "image/heic" || type === "image/heif" || /\.hei[cf]$/i.test(file.name)) return "heic";
  // An unknown type is left to the server, which reads the bytes.
  if (type && !normaliseAccept(accept).includes(type)) return "type_not_allowed";
  if (file.size > maxBytes && !(type && SHRINKABLE.test(type))) return "too_large";
  return null;
}
