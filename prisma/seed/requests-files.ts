// Sample documents for the seeded requests, written where the local file store reads them
// (UPLOAD_DIR or .data/uploads). Seeds run outside Next, so they cannot import lib/storage.
import crypto from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import PDFDocument from "pdfkit";
import sharp from "sharp";
import type { SeedDb } from "./client";

const root = () => path.resolve(process.env.UPLOAD_DIR || path.join(process.cwd(), ".data", "uploads"));

async function store(db: SeedDb, officeId: string, ownerId: string | null, bytes: Buffer, mime: string, name: string, size?: { width: number; height: number }) {
  const ext = mime === "application/pdf" ? ".pdf" : ".png";
  const key = `${officeId}/seed/${crypto.randomUUID()}${ext}`;
  const target = path.join(root(), key);
  await fs.mkdir(path.dirname(target), { recursive: true, mode: 0o700 });
  await fs.writeFile(target, bytes, { mode: 0o600 });
  const row = await db.storedFile.create({
    data: {
      officeId, ownerId, driver: "LOCAL", key, mime, size: bytes.byteLength,
      sha256: crypto.createHash("sha256").update(bytes).digest("hex"), originalName: name, width: size?.width ?? null, height: size?.height ?? null,
    },
  });
  return row.id;
}

/** A grey "scan" with a caption, standing in for a photographed document. */
export async function sampleScan(db: SeedDb, officeId: string, ownerId: string, caption: string) {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="800" height="500"><rect width="800" height="500" fill="#eef2f7"/>
    <rect x="30" y="30" width="740" height="440" fill="#fff" stroke="#94a3b8" stroke-width="4"/>
    <text x="400" y="240" font-family="sans-serif" font-size="36" text-anchor="middle" fill="#334155">CONTOH</text>
    <text x="400" y="290" font-family="sans-serif" font-size="24" text-anchor="middle" fill="#475569">${caption.replace(/[<&>]/g, "")}</text></svg>`;
  const png = await sharp(Buffer.from(svg)).png().toBuffer();
  return store(db, officeId, ownerId, png, "image/png", `${caption.toLowerCase().replace(/[^a-z0-9]+/g, "-")}.png`, { width: 800, height: 500 });
}

/** A one-page letter PDF, standing in for an issued result document. */
export async function sampleLetter(db: SeedDb, officeId: string, ownerId: string, title: string, lines: string[]) {
  const doc = new PDFDocument({ size: "A4", margin: 56, info: { Title: title } });
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on("end", () => resolve(Buffer.concat(chunks))));
  doc.fontSize(16).text(title.toUpperCase(), { align: "center" }).moveDown();
  doc.fontSize(11);
  for (const line of lines) doc.text(line).moveDown(0.5);
  doc.moveDown().fillColor("#888").text("Dokumen contoh (data demo) — bukan dokumen resmi.");
  doc.end();
  return store(db, officeId, ownerId, await done, "application/pdf", `${title.toLowerCase().replace(/[^a-z0-9]+/g, "-")}.pdf`);
}
