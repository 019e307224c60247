// Upload rules shared by forms (accept attribute, size hints) and the server (ingestUpload).
// No server imports here: client components use it too.

// No HEIC/HEIF: sharp's prebuilt libvips has libheif with the AV1 decoder only (sharp.format.heif
// reads .avif), so an iPhone's HEIC photo cannot be decoded here. The form says so when one is picked.
export const IMAGE_TYPES = ["image/jpeg", "image/png", "image/webp", "image/avif"] as const;
export const PDF_TYPE = "application/pdf";
/** Everything an upload may be, decided by its bytes. SVG, HTML, office files and the rest are refused. */
export const UPLOAD_TYPES: readonly string[] = [...IMAGE_TYPES, PDF_TYPE];

export const DEFAULT_MAX_UPLOAD_BYTES = 5 * 1024 * 1024;
/** Photos are downscaled so the longer side is at most this many pixels. */
export const MAX_IMAGE_SIDE = 2000;

/** `storage_full`: the upload store has no room (disk or quota full); the person can try later. */
export type UploadError = "type_not_allowed" | "too_large" | "empty" | "storage_full";

/** Thrown by a store whose disk or quota is full; ingestUpload turns it into `storage_full`. */
export class StorageFullError extends Error {
  constructor(cause?: unknown) {
    super("the upload store is full", { cause });
    this.name = "StorageFullError";
  }
}

export type StoredFileInfo = {
  id: string;
  mime: string;
  size: number;
  originalName: string;
  width: number | null;
  height: number | null;
};

const extensions: Record<string, string[]> = {
  "image/jpeg": [".jpg", ".jpeg"],
  "image/png": [".png"],
  "image/webp": [".webp"],
  "image/avif": [".avif"],
  "application/pdf": [".pdf"],
};

/** Expands "image/*" and drops anything outside UPLOAD_TYPES; an empty list means all upload types. */
export function normaliseAccept(accept: readonly string[]): string[] {
  if (accept.length === 0) return [...UPLOAD_TYPES];
  const out = new Set<string>();
  for (const type of accept) {
    if (type === "image/*") IMAGE_TYPES.forEach((t) => out.add(t));
    else if (UPLOAD_TYPES.includes(type)) out.add(type);
  }
  return [...out];
}

/** Value for <input type="file" accept>: MIME types plus extensions (some Android pickers need both). */
export function acceptAttribute(accept: readonly string[]): string {
  const types = normaliseAccept(accept);
  return [...types, ...types.flatMap((t) => extensions[t] ?? [])].join(",");
}

/** The file's extension for a stored type, e.g. ".pdf". */
export function extensionFor(mime: string): string {
  return extensions[mime]?.[0] ?? ".bin";
}

/** Short human label of accepted types, e.g. "JPG, PNG, PDF". */
export function acceptLabel(accept: readonly string[]): string {
  const names = normaliseAccept(accept).map((t) => (t === PDF_TYPE ? "PDF" : t.replace("image/", "").toUpperCase().replace("JPEG", "JPG")));
  return [...new Set(names)].join(", ");
}
