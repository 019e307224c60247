import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ingestUpload } from "./ingest";
import { storeFor } from "./store";

let officeId: string;
const accept = ["image/jpeg", "image/png", "application/pdf"];

beforeAll(async () => {
  const office = await db.office.create({
    data: { code: "UPL", slug: "upl", name: "Kantor Uji Unggah", type: "KELURAHAN", regionCode: "32.01", address: "Jl. Uji" },
  });
  officeId = office.id;
});

const pdf = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");

async function photoWithGps() {
  return sharp({ create: { width: 3000, height: 1500, channels: 3, background: "#3a7" } })
    .jpeg()
    .withMetadata({
      orientation: 6,
      exif: {
        IFD0: { Make: "TestPhone", Model: "X1" },
        IFD3: { GPSLatitudeRef: "S", GPSLatitude: "6/1 28/1 0/1", GPSLongitudeRef: "E", GPSLongitude: "106/1 50/1 0/1" },
      },
    })
    .toBuffer();
}

describe("ingestUpload", () => {
  it("refuses bytes that are not a JPEG even when named .jpg", async () => {
    const fake = Buffer.concat([Buffer.from([0x00, 0x11, 0x22, 0x33]), Buffer.alloc(200, 7)]);
    const result = await ingestUpload({ bytes: fake, originalName: "foto.jpg", accept, officeId, ownerId: null });
    expect(result).toEqual({ ok: false, error: "type_not_allowed" });
  });

  it("refuses an SVG carrying a script, whatever it is called", async () => {
    const svg = Buffer.from(`<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.cookie)</script></svg>`);
    for (const name of ["gambar.svg", "gambar.png", "gambar.jpg"]) {
      const result = await ingestUpload({ bytes: svg, originalName: name, accept: [...accept, "image/svg+xml"], officeId, ownerId: null });
      expect(result).toEqual({ ok: false, error: "type_not_allowed" });
    }
  });

  it("refuses HTML and empty files", async () => {
    const html = Buffer.from("<!doctype html><html><body><script>alert(1)</script></body></html>");
    expect(await ingestUpload({ bytes: html, originalName: "a.pdf", accept, officeId, ownerId: null })).toEqual({ ok: false, error: "type_not_allowed" });
    expect(await ingestUpload({ bytes: new Uint8Array(), originalName: "a.pdf", accept, officeId, ownerId: null })).toEqual({ ok: false, error: "empty" });
  });

  it("refuses a file over the limit before looking inside", async () => {
    const big = Buffer.concat([pdf, Buffer.alloc(2048, 32)]);
    expect(await ingestUpload({ bytes: big, originalName: "besar.pdf", accept, maxBytes: 1024, officeId, ownerId: null })).toEqual({ ok: false, error: "too_large" });
  });

  it("keeps every image type the forms list: an AVIF photo is decoded and stored as JPEG", async () => {
    const avif = await sharp({ create: { width: 64, height: 48, channels: 3, background: "#3a7" } }).avif().toBuffer();
    const result = await ingestUpload({ bytes: avif, originalName: "foto.avif", accept: ["image/*"], officeId, ownerId: null });
    expect(result.ok && result.file.mime).toBe("image/jpeg");
  });

  it("refuses a type the requirement does not accept", async () => {
    const result = await ingestUpload({ bytes: pdf, originalName: "scan.pdf", accept: ["image/jpeg"], officeId, ownerId: null });
    expect(result).toEqual({ ok: false, error: "type_not_allowed" });
  });

  it("stores a PDF renamed .jpg as application/pdf, byte for byte", async () => {
    const result = await ingestUpload({ bytes: pdf, originalName: "scan-kk.jpg", accept, officeId, ownerId: null });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.file.mime).toBe("application/pdf");
    expect(result.file.originalName).toBe("scan-kk.pdf");
    const row = await db.storedFile.findUniqueOrThrow({ where: { id: result.file.id } });
    expect(row.driver).toBe("LOCAL");
    expect(await storeFor(row.driver).get(row.key)).toEqual(pdf);
  });

  it("re-encodes a photo: EXIF with GPS removed, auto-rotated, downscaled to 2000 px", async () => {
    const original = await photoWithGps();
    const before = await sharp(original).metadata();
    expect(before.exif).toBeDefined();
    expect(before.orientation).toBe(6);
    expect(original.includes(Buffer.from("TestPhone"))).toBe(true);
    const result = await ingestUpload({ bytes: original, originalName: "rumah.jpeg", accept, officeId, ownerId: null });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const row = await db.storedFile.findUniqueOrThrow({ where: { id: result.file.id } });
    const stored = (await storeFor(row.driver).get(row.key))!;
    const after = await sharp(stored).metadata();
    expect(after.format).toBe("jpeg");
    expect(after.exif).toBeUndefined();
    expect(after.xmp).toBeUndefined();
    expect(after.iptc).toBeUndefined();
    expect(stored.includes(Buffer.from("TestPhone"))).toBe(false);
    // Orientation 6 (rotate 90°) applied, then the longer side capped at 2000.
    expect([after.width, after.height]).toEqual([1000, 2000]);
    expect([row.width, row.height]).toEqual([1000, 2000]);
    expect(row.mime).toBe("image/jpeg");
  });

  it("keeps a PNG (e.g. a scanned signature with transparency) as PNG", async () => {
    const png = await sharp({ create: { width: 40, height: 20, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } } }).png().toBuffer();
    const result = await ingestUpload({ bytes: png, originalName: "ttd.png", accept, officeId, ownerId: null });
    expect(result.ok && result.file.mime).toBe("image/png");
  });

  it("refuses a truncated JPEG that does not decode", async () => {
    const photo = await photoWithGps();
    const result = await ingestUpload({ bytes: photo.subarray(0, 200), originalName: "rusak.jpg", accept, officeId, ownerId: null });
    expect(result).toEqual({ ok: false, error: "type_not_allowed" });
  });
});
