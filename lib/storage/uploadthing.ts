import "server-only";
import { UTApi, UTFile } from "uploadthing/server";
import type { FileStore } from "./store";

/**
 * Hosted storage on uploadthing, used when UPLOADTHING_TOKEN is set. Files are uploaded private
 * from the server (after our own checks and re-encoding) and read back through short-lived signed
 * URLs, so the browser still only ever sees /api/files/<id>. Not reachable offline, so untested here.
 */
export class UploadthingStore implements FileStore {
  readonly driver = "UPLOADTHING" as const;
  private readonly api: UTApi;

  constructor(token: string) {
    this.api = new UTApi({ token, logLevel: "Error" });
  }

  async put(key: string, bytes: Uint8Array, mime: string) {
    const name = key.split("/").pop() ?? key;
    const file = new UTFile([Buffer.from(bytes)], name, { type: mime, customId: key.replaceAll("/", "_").slice(0, 128) });
    const result = await this.api.uploadFiles(file, { acl: "private", contentDisposition: "attachment" });
    if (result.error) throw new Error(`uploadthing upload failed: ${result.error.code}`);
    return { key: result.data.key };
  }

  async get(key: string) {
    const { ufsUrl } = await this.api.generateSignedURL(key);
    const response = await fetch(ufsUrl, { cache: "no-store" });
    if (response.status === 404) return null;
    if (!response.ok) throw new Error(`uploadthing download failed: ${response.status}`);
    return Buffer.from(await response.arrayBuffer());
  }

  async delete(key: string) {
    await this.api.deleteFiles(key);
  }
}
