import "server-only";
import crypto from "node:crypto";
import { fileTypeFromBuffer } from "file-type";
import sharp from "sharp";
import { db } from "@/lib/db";
import { defaultStore } from "./store";
import {
  DEFAULT_MAX_UPLOAD_BYTES,
  IMAGE_TYPES,
  MAX_IMAGE_SIDE,
  PDF_TYPE,
  extensionFor,
  normaliseAccept,
  StorageFullError,
  type StoredFileInfo,
  type UploadError,
} from "./types";

export * from "./types";

export type IngestInput = {
  bytes: Uint8Array;
  originalName: string;
  /** Accepted MIME types (e.g. a requirement's acceptTypes); empty = any image or PDF. */
  accept: readonly string[];
  maxBytes?: number;
  officeId: string;
  ownerId: string | null;
};

export type IngestResult = { ok: true; file: StoredFileInfo } | { ok: false; error: UploadError };

/** The file's real type from its magic bytes; the name and the browser's MIME type are ignored. */
export async function sniffType(bytes: Uint8Array): Promise<string | null> {
  const detected = await fileTypeFromBuffer(bytes);
  return detected?.mime ?? null;
}

/**
 * Decodes and re-encodes a photo: auto-rotated, at most MAX_IMAGE_SIDE px, every metadata block
 * (EXIF with GPS, XMP, IPTC, ICC) dropped. Anything with transparency stays PNG, the rest is JPEG.
 * Returns null when the bytes do not decode (a corrupt or unsupported image).
 */
export async function reencodeImage(bytes: Uint8Array, sniffed: string) {
  try {
    // A cap on decoded pixels stops decompression bombs before they reach memory.
    const image = sharp(bytes, { limitInputPixels: 60_000_000, failOn: "error", autoOrient: true });
    const meta = await image.metadata();
    const keepPng = sniffed === "image/png" || Boolean(meta.hasAlpha);
    const resized = image.resize({ width: MAX_IMAGE_SIDE, height: MAX_IMAGE_SIDE, fit: "inside", withoutEnlargement: true });
    // sharp writes no metadata unless asked (withMetadata/keepExif), which is exactly what we want.
    const out = keepPng
      ? await resized.png({ compressionLevel: 9, adaptiveFiltering: true }).toBuffer({ resolveWithObject: true })
      : await resized.flatten({ background: "#ffffff" }).jpeg({ quality: 82, mozjpeg: true }).toBuffer({ resolveWithObject: true });
    return { bytes: out.data, mime: keepPng ? "image/png" : "image/jpeg", width: out.info.width, height: out.info.height };
  } catch {
    return null;
  }
}

/** A display name without folders or control characters, with the extension of the stored type. */
export function safeOriginalName(name: string, mime: string): string {
  const base = (name.split(/[\\/]/).pop() ?? "")
    .replace(/[\u0000-\u001f\u007f"<>|*?:]/g, "")
    .replace(/\.[A-Za-z0-9]{1,5}$/, "")
    .trim()
    .slice(0, 100);
  return `${base || "berkas"}${extensionFor(mime)}`;
}

/** Checks an upload by its bytes, cleans it, stores it privately and records a StoredFile row. */
export async function ingestUpload(input: IngestInput): Promise<IngestResult> {
  const { bytes } = input;
  if (bytes.byteLength === 0) return { ok: false, error: "empty" };
  if (bytes.byteLength > (input.maxBytes ?? DEFAULT_MAX_UPLOAD_BYTES)) return { ok: false, error: "too_large" };

  const sniffed = await sniffType(bytes);
  if (!sniffed || !normaliseAccept(input.accept).includes(sniffed)) return { ok: false, error: "type_not_allowed" };

  let stored: { bytes: Uint8Array; mime: string; width: number | null; height: number | null };
  if (sniffed === PDF_TYPE) {
    stored = { bytes, mime: PDF_TYPE, width: null, height: null };
  } else if ((IMAGE_TYPES as readonly string[]).includes(sniffed)) {
    const image = await reencodeImage(bytes, sniffed);
    if (!image) return { ok: false, error: "type_not_allowed" };
    stored = image;
  } else {
    return { ok: false, error: "type_not_allowed" };
  }

  const store = defaultStore();
  const now = new Date();
  const key = `${input.officeId}/${now.getUTCFullYear()}/${String(now.getUTCMonth() + 1).padStart(2, "0")}/${crypto.randomUUID()}${extensionFor(stored.mime)}`;
  let put: { key: string };
  try {
    put = await store.put(key, stored.bytes, stored.mime);
  } catch (error) {
    if (error instanceof StorageFullError) {
      console.error(`[storage] upload refused, the store is full: ${String((error.cause as Error)?.message ?? error.cause)}`);
      return { ok: false, error: "storage_full" };
    }
    throw error;
  }
  try {
    const row = await db.storedFile.create({
      data: {
        officeId: input.officeId,
        ownerId: input.ownerId,
        driver: store.driver,
        key: put.key,
        mime: stored.mime,
        size: stored.bytes.byteLength,
        sha256: crypto.createHash("sha256").update(stored.bytes).digest("hex"),
        originalName: safeOriginalName(input.originalName, stored.mime),
        width: stored.width,
        height: stored.height,
      },
      select: { id: true, mime: true, size: true, originalName: true, width: true, height: true },
    });
    return { ok: true, file: row };
  } catch (error) {
    await store.delete(put.key).catch(() => {});
    throw error;
  }
}

/** Reads a browser File (from FormData) and ingests it; a missing file counts as empty. */
export async function ingestFormFile(file: FormDataEntryValue | null, opts: Omit<IngestInput, "bytes" | "originalName">) {
  if (!file || typeof file === "string" || file.size === 0) return { ok: false, error: "empty" } as const;
  // Refuse before reading a huge body into memory.
  if (file.size > (opts.maxBytes ?? DEFAULT_MAX_UPLOAD_BYTES)) return { ok: false, error: "too_large" } as const;
  return ingestUpload({ ...opts, bytes: new Uint8Array(await file.arrayBuffer()), originalName: file.name });
}
