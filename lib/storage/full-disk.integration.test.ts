import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { seedBase } from "@/prisma/seed/base";
import { ingestUpload } from "./ingest";

// A full upload disk, for real: the private store is pointed at a 1 MB tmpfs that is then
// filled up, so the store's own fs writes fail with ENOSPC. Needs mount rights (root in a
// container that allows tmpfs); skipped with a reason elsewhere.
const mount = fs.mkdtempSync(path.join(os.tmpdir(), "lw-full-"));
let mounted = false;
try {
  execFileSync("mount", ["-t", "tmpfs", "-o", "size=1m", "tmpfs", mount], { stdio: "ignore" });
  mounted = true;
} catch {
  /* no mount rights: the test below is skipped */
}
process.env.UPLOAD_DIR = mount; // before the store is first made (it is made lazily)

let officeId = "";
let photo: Buffer;

beforeAll(async () => {
  const ctx = await seedBase(db);
  officeId = ctx.offices.pakansari.id;
  // Noise does not compress: the re-encoded JPEG stays large enough not to fit.
  const noise = Buffer.from(Array.from({ length: 400 * 300 * 3 }, () => Math.floor(Math.random() * 256)));
  photo = await sharp(noise, { raw: { width: 400, height: 300, channels: 3 } }).png().toBuffer();
}, 60_000);

afterAll(() => {
  if (mounted) execFileSync("umount", [mount]);
  fs.rmSync(mount, { recursive: true, force: true });
});

describe.skipIf(!mounted)("a full upload disk", () => {
  it("refuses the upload as storage_full, keeps no half-written file and no row", async () => {
    fs.writeFileSync(path.join(mount, "filler"), Buffer.alloc(900 * 1024)); // leaves ~100 KB
    const before = await db.storedFile.count();
    const result = await ingestUpload({ bytes: photo, originalName: "ktp.png", accept: [], officeId, ownerId: null });
    expect(result).toEqual({ ok: false, error: "storage_full" });
    expect(await db.storedFile.count()).toBe(before);
    const left = fs.readdirSync(mount, { recursive: true }).map(String).filter((f) => fs.statSync(path.join(mount, f)).isFile());
    expect(left).toEqual(["filler"]);

    // Room again: the same upload goes in, and nothing had to be restarted.
    fs.rmSync(path.join(mount, "filler"));
    const again = await ingestUpload({ bytes: photo, originalName: "ktp.png", accept: [], officeId, ownerId: null });
    expect(again.ok).toBe(true);
  });
});
