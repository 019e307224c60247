// The office letterhead (kop surat) drawn at the top of a page: logo on the left, centred lines and
// a double rule. Shared by letters and the SKM report so both print the same kop.
import type PDFDocument from "pdfkit";
import { FONT_BOLD, FONT_REGULAR } from "./fonts";

export type Kop = { government: string; parent: string | null; name: string; address: string; contacts: string | null };

/** Draws the kop from the current y between `left` and `left + width`; returns the y under the rule. */
export function drawKop(doc: InstanceType<typeof PDFDocument>, kop: Kop, logo: Buffer | null, left: number, width: number): number {
  const top = doc.y;
  if (logo) {
    try {
      doc.image(logo, left, top, { fit: [64, 64] });
    } catch {
      // An unreadable logo must not stop a document from being made.
    }
  }
  const kopX = left + 70;
  const kopW = width - 140;
  doc.font(FONT_BOLD).fontSize(13).text(kop.government.toUpperCase(), kopX, top, { width: kopW, align: "center" });
  if (kop.parent) doc.fontSize(13).text(kop.parent.toUpperCase(), kopX, doc.y, { width: kopW, align: "center" });
  doc.fontSize(15).text(kop.name.toUpperCase(), kopX, doc.y, { width: kopW, align: "center" });
  doc.font(FONT_REGULAR).fontSize(9).text(kop.address, kopX, doc.y, { width: kopW, align: "center" });
  if (kop.contacts) doc.text(kop.contacts, kopX, doc.y, { width: kopW, align: "center" });
  const ruleY = Math.max(doc.y, top + 66) + 4;
  doc.moveTo(left, ruleY).lineTo(left + width, ruleY).lineWidth(2).stroke("#000000");
  doc.moveTo(left, ruleY + 3).lineTo(left + width, ruleY + 3).lineWidth(0.6).stroke("#000000");
  return ruleY;
}
