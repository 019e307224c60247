// The resident's own data as a readable A4 PDF (the same facts as the JSON download).
import PDFDocument from "pdfkit";
import { FONT_BOLD, FONT_REGULAR, registerFonts } from "@/lib/pdf/fonts";

export type PdfSection = { title: string; lines: string[] };

export function renderOwnDataPdf(title: string, subtitle: string, sections: PdfSection[]): Promise<Buffer> {
  const doc = new PDFDocument({ size: "A4", margins: { top: 56, bottom: 56, left: 56, right: 56 }, info: { Title: title } });
  registerFonts(doc);
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("data", (c: Buffer) => chunks.push(c));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  doc.font(FONT_BOLD).fontSize(16).text(title);
  doc.font(FONT_REGULAR).fontSize(10).fillColor("#475569").text(subtitle).fillColor("#000000");
  for (const section of sections) {
    doc.moveDown(0.8).font(FONT_BOLD).fontSize(12).text(section.title).moveDown(0.2).font(FONT_REGULAR).fontSize(10);
    for (const line of section.lines.length ? section.lines : ["–"]) doc.text(line);
  }
  doc.end();
  return done;
}
