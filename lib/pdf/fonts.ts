// Unicode fonts embedded in every PDF the app writes (letters, the SKM report): Noto Sans from
// @fontsource, so "é", "–" and Indonesian names render as typed (pdfkit's built-in Helvetica only
// knows WinAnsi). @fontsource ships WOFF; fontkit would inflate it in pure JavaScript on every
// document, so each face is unpacked once per process to a plain TrueType buffer with node's zlib.
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import type PDFDocument from "pdfkit";

const FILES = path.join(process.cwd(), "node_modules", "@fontsource", "noto-sans", "files");

export const FONT_REGULAR = "NotoSans";
export const FONT_BOLD = "NotoSans-Bold";

/** WOFF 1.0 → sfnt (TrueType/OpenType): inflate each table and write a plain table directory. */
export function woffToSfnt(woff: Buffer): Buffer {
  if (woff.toString("ascii", 0, 4) !== "wOFF") throw new Error("not a WOFF file");
  const flavor = woff.readUInt32BE(4);
  const numTables = woff.readUInt16BE(12);
  const tables = Array.from({ length: numTables }, (_, i) => {
    const at = 44 + i * 20;
    const offset = woff.readUInt32BE(at + 4);
    const compLength = woff.readUInt32BE(at + 8);
    const origLength = woff.readUInt32BE(at + 12);
    const raw = woff.subarray(offset, offset + compLength);
    return { tag: woff.readUInt32BE(at), checksum: woff.readUInt32BE(at + 16), data: compLength < origLength ? zlib.inflateSync(raw) : raw };
  });
  const pow = 2 ** Math.floor(Math.log2(numTables));
  const header = Buffer.alloc(12 + 16 * numTables);
  header.writeUInt32BE(flavor, 0);
  header.writeUInt16BE(numTables, 4);
  header.writeUInt16BE(pow * 16, 6);
  header.writeUInt16BE(Math.log2(pow), 8);
  header.writeUInt16BE(numTables * 16 - pow * 16, 10);
  let offset = header.length;
  const bodies: Buffer[] = [];
  tables.forEach((t, i) => {
    header.writeUInt32BE(t.tag, 12 + i * 16);
    header.writeUInt32BE(t.checksum, 16 + i * 16);
    header.writeUInt32BE(offset, 20 + i * 16);
    header.writeUInt32BE(t.data.length, 24 + i * 16);
    const padded = Buffer.alloc((t.data.length + 3) & ~3);
    t.data.copy(padded);
    bodies.push(padded);
    offset += padded.length;
  });
  return Buffer.concat([header, ...bodies]);
}

let cache: { regular: Buffer; bold: Buffer } | null = null;

function faces() {
  cache ??= {
    regular: woffToSfnt(fs.readFileSync(path.join(FILES, "noto-sans-latin-400-normal.woff"))),
    bold: woffToSfnt(fs.readFileSync(path.join(FILES, "noto-sans-latin-700-normal.woff"))),
  };
  return cache;
}

/** Registers the regular and bold faces on a document; use FONT_REGULAR / FONT_BOLD afterwards. */
export function registerFonts(doc: InstanceType<typeof PDFDocument>): void {
  const { regular, bold } = faces();
  doc.registerFont(FONT_REGULAR, regular);
  doc.registerFont(FONT_BOLD, bold);
  doc.font(FONT_REGULAR);
}
