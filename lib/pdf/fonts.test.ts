import PDFDocument from "pdfkit";
import { describe, expect, it } from "vitest";
import { FONT_BOLD, registerFonts } from "./fonts";

function render(text: string): Promise<Buffer> {
  const doc = new PDFDocument({ size: "A4", compress: false });
  registerFonts(doc);
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve) => doc.on("end", () => resolve(Buffer.concat(chunks))));
  doc.on("data", (c: Buffer) => chunks.push(c));
  doc.text(text).font(FONT_BOLD).text(text);
  doc.end();
  return done;
}

describe("embedded fonts", () => {
  it("embeds Noto Sans with a Unicode map covering é and the en dash", async () => {
    const pdf = (await render("André – Sukamé")).toString("latin1");
    expect(pdf).toContain("/FontFile2");
    expect(pdf).toMatch(/NotoSans/);
    expect(pdf).not.toContain("/Helvetica");
    // The ToUnicode CMap maps glyphs back to U+00E9 (é) and U+2013 (–), so the text is searchable and copyable.
    expect(pdf).toContain("<00e9>");
    expect(pdf).toContain("<2013>");
  });

  it("has real glyphs for names beyond basic Latin (ş, ā, Vietnamese ễ), not one missing-glyph box", async () => {
    // A face lacking them draws each as the same .notdef glyph, so at most one would map back.
    const pdf = (await render("Ayşe Āyu Nguyễn")).toString("latin1");
    for (const code of ["<015f>", "<0100>", "<1ec5>"]) expect(pdf).toContain(code);
  });
});
