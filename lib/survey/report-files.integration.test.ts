// The SKM report files as a reader gets them: the PDF's text (extracted with pdftotext) and the
// XLSX read back with exceljs, against hand-made answers whose NRR and IKM are known.
import { execFileSync } from "node:child_process";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { seedBase, type SeedContext } from "@/prisma/seed/base";
import { jakartaInstant } from "@/lib/calendar/working-days";
import { parsePeriod } from "@/lib/dashboard/period";
import { skmReport } from "./data/report";
import { renderSkmPdf } from "./report-pdf";
import { applySignerOverrides } from "./signer";
import { writeTabulation } from "./tabulation-xlsx";

let ctx: SeedContext;
let service: { id: string; unitId: string; name: string };
const wib = (day: string, time = "09:00") => jakartaInstant(day, time);
const q2 = parsePeriod("2026-Q2")!;
let n = 0;

async function answer(submittedAt: Date, scores: (number | null)[]) {
  const officeId = ctx.offices.pakansari.id;
  const inv = await db.surveyInvitation.create({ data: { officeId, serviceId: service.id, token: `rep-${++n}-xxxxxxxxxxxxxxxxx`, usedAt: submittedAt } });
  const u = Object.fromEntries(scores.map((v, i) => [`u${i + 1}`, v]));
  await db.surveyResponse.create({ data: { officeId, serviceId: service.id, unitId: service.unitId, invitationId: inv.id, submittedAt, sex: "P", ...u } });
}

const pdfText = (pdf: Buffer) => execFileSync("pdftotext", ["-layout", "-", "-"], { input: pdf }).toString("utf8");

beforeAll(async () => {
  ctx = await seedBase(db);
  const officeId = ctx.offices.pakansari.id;
  service = await db.service.create({
    data: { officeId, unitId: ctx.offices.pakansari.units.PEM, slug: "skm-file", name: "Surat Keterangan Domisili", summary: "-", procedure: [], durationValue: 1, durationUnit: "WORKING_DAYS", product: "-", complaintInfo: "-" },
  });
  await db.letterSettings.create({
    data: { officeId, kopGovernment: "PEMERINTAH KABUPATEN BOGOR", kopParent: "KECAMATAN CIBINONG", kopName: "Kelurahan Pakansari", kopAddress: "Jl. Raya Pakansari No. 1, Cibinong", kopContacts: "Telp. (0251) 123456" },
  });
  await db.letterTemplate.create({
    data: { officeId, serviceId: service.id, title: "Surat", body: "-", signerPosition: "Lurah Pakansari", signerName: "Drs. Hendra Wijaya", signerNip: "197001011990031005", signPlace: "Cibinong" },
  });
  // Q1 (previous period): 2 answers of all 3 → NRR 3, IKM 75.00 (C).
  await answer(wib("2026-02-10"), Array(9).fill(3));
  await answer(wib("2026-03-10"), Array(9).fill(3));
  // Q2: U1 answered 4,4,3 (NRR 3.667); U2..U9 all 4 except one skipped U9 → IKM from (3.667 + 8×4)/9 × 25.
  await answer(wib("2026-04-01", "08:15"), [4, 4, 4, 4, 4, 4, 4, 4, 4]);
  await answer(wib("2026-05-02", "14:30"), [4, 4, 4, 4, 4, 4, 4, 4, null]);
  await answer(wib("2026-06-30", "23:50"), [3, 4, 4, 4, 4, 4, 4, 4, 4]);
});

describe("SKM report PDF", () => {
  it("has a cover with the kop, the A–D conversion table, the previous period and a signature block, in embedded fonts", async () => {
    const report = await skmReport(ctx.offices.pakansari.id, q2);
    expect(report.summary.ikm).toBe(99.07);
    expect(report.previous.summary.ikm).toBe(75);
    const pdf = await renderSkmPdf(report, { generatedAt: wib("2026-07-03") });
    const text = pdfText(pdf);
    const pages = text.split("\f");
    // Cover: the kop lines and the title, before BAB I (which starts on the next page).
    expect(pages[0]).toContain("PEMERINTAH KABUPATEN BOGOR");
    expect(pages[0]).toContain("KECAMATAN CIBINONG");
    expect(pages[0]).toContain("Jl. Raya Pakansari No. 1, Cibinong");
    expect(pages[0]).toContain("SURVEI KEPUASAN MASYARAKAT (SKM)");
    expect(pages[0]).toContain("Triwulan II 2026");
    expect(pages[0]).not.toContain("BAB I");
    // Words print whole (the built-in Helvetica split them: "HAS IL", "S URVEI").
    expect(text).toContain("LAPORAN HASIL");
    expect(text).not.toMatch(/HAS IL|S URVEI/);
    // A–D conversion table rows.
    expect(text).toMatch(/1,00 – 2,5996\s+25,00 – 64,99\s+D\s+Tidak baik/);
    expect(text).toMatch(/3,5324 – 4,00\s+88,31 – 100,00\s+A\s+Sangat baik/);
    // Previous period beside this one, with the difference.
    expect(text).toContain("Perbandingan dengan periode sebelumnya (Triwulan I 2026)");
    expect(text).toMatch(/IKM\s+75,00\s+99,07\s+\+24,07/);
    expect(text).toMatch(/U1 Persyaratan \(NRR\)\s+3,000\s+3,667\s+\+0,667/);
    // Signature: place and date, position, name, NIP.
    expect(text).toContain("Cibinong, 3 Juli 2026");
    expect(text).toContain("Lurah Pakansari");
    expect(text).toContain("Drs. Hendra Wijaya");
    expect(text).toContain("NIP. 197001011990031005");
    // Fonts are embedded (no reliance on the viewer's Helvetica).
    const fonts = execFileSync("pdffonts", ["-"], { input: pdf }).toString("utf8");
    expect(fonts).toMatch(/NotoSans/);
    expect(fonts).not.toMatch(/Helvetica/);
    for (const line of fonts.split("\n").slice(2).filter(Boolean)) expect(line).toMatch(/\byes\b/);
  });

  it("prints the corrections from the download form, and ignores a malformed NIP", async () => {
    const report = await skmReport(ctx.offices.pakansari.id, q2);
    const signer = applySignerOverrides(report.signer, { ttd_nama: "Hj. Sri Rahayu, S.Sos.", ttd_nip: "12ab", ttd_tempat: "Bogor" });
    const text = pdfText(await renderSkmPdf(report, { generatedAt: wib("2026-07-03"), signer }));
    expect(text).toContain("Hj. Sri Rahayu, S.Sos.");
    expect(text).toContain("Bogor, 3 Juli 2026");
    expect(text).toContain("NIP. 197001011990031005");
  });
});

describe("SKM tabulation XLSX", () => {
  it("has a frozen header, real date cells in WIB and the NRR and IKM rows", async () => {
    const stream = writeTabulation({ officeId: ctx.offices.pakansari.id }, q2, [service], [{ id: service.unitId, name: "Pemerintahan" }]);
    const chunks: Buffer[] = [];
    for await (const c of stream) chunks.push(c as Buffer);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.concat(chunks) as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0];
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(sheet.getRow(1).getCell(2).value).toBe("Waktu (WIB)");
    // Three answers; the last one, 30 June 23:50 WIB, stays in June (the cell shows WIB wall time).
    const at = sheet.getRow(4).getCell(2).value;
    expect(at).toBeInstanceOf(Date);
    expect((at as Date).toISOString()).toBe("2026-06-30T23:50:00.000Z");
    expect(sheet.getRow(4).getCell(2).numFmt).toBe("dd/mm/yyyy hh:mm");
    expect(sheet.getRow(3).getCell(17).value).toBeNull(); // U9 skipped: an empty cell, not 0

    const rowByLabel = (label: string) => {
      let found: ExcelJS.Row | null = null;
      sheet.eachRow((row) => {
        if (row.getCell(3).value === label) found = row;
      });
      expect(found, label).not.toBeNull();
      return found!;
    };
    const values = (row: ExcelJS.Row) => Array.from({ length: 9 }, (_, i) => row.getCell(9 + i).value);
    expect(values(rowByLabel("Jumlah nilai per unsur"))).toEqual([11, 12, 12, 12, 12, 12, 12, 12, 8]);
    expect(values(rowByLabel("Jumlah jawaban per unsur"))).toEqual([3, 3, 3, 3, 3, 3, 3, 3, 2]);
    expect(values(rowByLabel("NRR per unsur"))).toEqual([3.667, 4, 4, 4, 4, 4, 4, 4, 4]);
    expect(values(rowByLabel("Nilai unsur (NRR x 25)"))[0]).toBe(91.67);
    const ikm = rowByLabel("IKM");
    expect(ikm.getCell(9).value).toBe(99.07);
    expect(ikm.getCell(10).value).toBe("A (Sangat Baik)");
  });
});
