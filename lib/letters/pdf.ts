// The letter as an A4 PDF: letterhead, title and number, body, signing block and QR code.
// Deterministic for the same input (fixed creation date), so a reprint has the same bytes and hash.
import PDFDocument from "pdfkit";
import QRCode from "qrcode";
import { FONT_BOLD, FONT_REGULAR, registerFonts } from "@/lib/pdf/fonts";
import { drawKop } from "@/lib/pdf/kop";
import { indonesianDate, signatureStatement, type LetterContent, type SignatureMode } from "./content";

export type RenderOptions = {
  /** null for a draft awaiting approval: no number, no QR, a "KONSEP" mark. */
  final: { number: string; verifyUrl: string; issuedAt: Date; signatureMode: SignatureMode } | null;
  logo: Buffer | null;
  draftDate?: Date;
};

export async function renderLetterPdf(content: LetterContent, options: RenderOptions): Promise<Buffer> {
  const { final } = options;
  const date = final?.issuedAt ?? options.draftDate ?? new Date();
  const doc = new PDFDocument({
    size: "A4",
    margins: { top: 42, bottom: 42, left: 64, right: 64 },
    info: { Title: content.title, Creator: "Layanan Warga", Producer: "Layanan Warga", CreationDate: date, ModDate: date },
  });
  registerFonts(doc);
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("data", (c: Buffer) => chunks.push(c));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  const left = 64;
  const width = doc.page.width - 128;

  // Kop surat: logo on the left, centred lines, a double rule (lib/pdf/kop.ts, shared with the SKM report).
  const ruleY = drawKop(doc, content.kop, options.logo, left, width);

  // Title and number.
  doc.x = left;
  doc.y = ruleY + 18;
  doc.font(FONT_BOLD).fontSize(12.5).text(content.title.toUpperCase(), left, doc.y, { width, align: "center", underline: true });
  doc.font(FONT_REGULAR).fontSize(11).text(`Nomor: ${final ? final.number : "…………………… (KONSEP)"}`, left, doc.y, { width, align: "center" });
  doc.moveDown(1.2);

  doc.fontSize(11);
  for (const p of content.paragraphs) {
    doc.text(p, left, doc.y, { width, align: "justify", lineGap: 2 });
    doc.moveDown(0.7);
  }

  // Signing block on the right; the QR on the chosen side at the same height.
  doc.moveDown(0.8);
  if (doc.y > doc.page.height - 260) doc.addPage();
  const blockY = doc.y;
  const signX = left + width / 2 + 20;
  const signW = width / 2 - 20;
  const qrX = content.qrPlacement === "LEFT" ? left : left + width - 110;
  const signAtX = content.qrPlacement === "LEFT" ? signX : left;
  doc.text(`${content.place}, ${indonesianDate(date)}`, signAtX, blockY, { width: signW, align: "center" });
  doc.text(content.signer.position, signAtX, doc.y, { width: signW, align: "center" });
  doc.moveDown(3.5);
  doc.font(FONT_BOLD).text(content.signer.name, signAtX, doc.y, { width: signW, align: "center", underline: true });
  doc.font(FONT_REGULAR);
  if (content.signer.nip) doc.text(`NIP. ${content.signer.nip}`, signAtX, doc.y, { width: signW, align: "center" });
  const afterSign = doc.y;

  if (final) {
    const qr = await QRCode.toBuffer(final.verifyUrl, { errorCorrectionLevel: "M", margin: 2, width: 440 });
    doc.image(qr, qrX, blockY, { width: 110, height: 110 });
    doc.fontSize(7.5).text("Pindai untuk memeriksa keaslian", qrX - 10, blockY + 112, { width: 130, align: "center" });
  } else {
    doc.save().rotate(-30, { origin: [doc.page.width / 2, doc.page.height / 2] });
    doc.font(FONT_BOLD).fontSize(90).fillColor("#dc2626", 0.15).text("KONSEP", 0, doc.page.height / 2 - 50, { width: doc.page.width, align: "center" });
    doc.restore().fillColor("#000000", 1).font(FONT_REGULAR);
  }

  doc.x = left;
  doc.y = Math.max(afterSign, blockY + 130) + 16;
  doc.fontSize(8.5).fillColor("#334155");
  if (final) {
    doc.text(`${signatureStatement(final.signatureMode)} Periksa di ${final.verifyUrl.replace(/\/verifikasi\/.*/, "/verifikasi")} dengan nomor surat dan tanggalnya, atau pindai kode QR.`, left, doc.y, { width });
  } else {
    doc.text("Konsep surat, belum berlaku. Nomor dan kode QR diberikan setelah disetujui pejabat penandatangan.", left, doc.y, { width });
  }
  doc.end();
  return done;
}
