import "server-only";
import type { StorageDriver } from "@/lib/generated/prisma/enums";
import { LocalDiskStore } from "./local-disk";
import { UploadthingStore } from "./uploadthing";

/**
 * Where uploaded bytes live. Every upload goes through the app's own code (ingestUpload), so the
 * two drivers are exercised by the same path; only the byte storage differs.
 */
export interface FileStore {
  readonly driver: StorageDriver;
  /** Stores bytes under `key`; returns the key the driver will know the file by (may differ). */
  put(key: string, bytes: Uint8Array, mime: string): Promise<{ key: string }>;
  /** The stored bytes, or null when the driver has no such file. */
  get(key: string): Promise<Buffer | null>;
  delete(key: string): Promise<void>;
}

let local: LocalDiskStore | null = null;
let hosted: UploadthingStore | null = null;

/** The store for a file already stored with `driver` (the row remembers which one holds it). */
export function storeFor(driver: StorageDriver): FileStore {
  if (driver === "UPLOADTHING") {
    const token = process.env.UPLOADTHING_TOKEN;
    if (!token) throw new Error("UPLOADTHING_TOKEN is not set but a file is stored on uploadthing");
    hosted ??= new UploadthingStore(token);
    return hosted;
  }
  local ??= new LocalDiskStore();
  return local;
}

/** The store new uploads go to: uploadthing when UPLOADTHING_TOKEN is set, else the local disk. */
export function defaultStore(): FileStore {
  return storeFor(process.env.UPLOADTHING_TOKEN ? "UPLOADTHING" : "LOCAL");
}
