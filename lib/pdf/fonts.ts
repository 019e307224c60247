// Unicode fonts embedded in every PDF the app writes (letters, the SKM report): the full Noto Sans
// TrueType faces (Latin with its extensions and Vietnamese, Greek, Cyrillic), so "é", "ş", "ễ", "–"
// and every name render as typed. pdfkit's built-in Helvetica only knows WinAnsi, and the web
// font packages ship per-script subsets (the Latin one lacks "ş" or "ā"). pdfkit embeds only the
// glyphs a document uses, so the files' size does not reach the PDFs.
import fs from "node:fs";
import path from "node:path";
import type PDFDocument from "pdfkit";

const FILES = path.join(process.cwd(), "node_modules", "@expo-google-fonts", "noto-sans");

export const FONT_REGULAR = "NotoSans";
export const FONT_BOLD = "NotoSans-Bold";

let cache: { regular: Buffer; bold: Buffer } | null = null;

function faces() {
  cache ??= {
    regular: fs.readFileSync(path.join(FILES, "400Regular", "NotoSans_400Regular.ttf")),
    bold: fs.readFileSync(path.join(FILES, "700Bold", "NotoSans_700Bold.ttf")),
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
