// The SKM report as a PDF in the structure offices publish (Pendahuluan, Pengumpulan Data, Hasil,
// Analisis with the Rencana Tindak Lanjut, Kesimpulan) after a cover with the office kop, with the
// A–D conversion table of PermenPANRB 14/2017, a comparison with the previous period and a signature
// block. Embeds the app's Unicode fonts (lib/pdf/fonts) so office names and suggestions with "é" or
// "–" print as written; the kop is the one letters use (lib/pdf/kop).
import PDFDocument from "pdfkit";
import { FONT_BOLD, FONT_REGULAR, registerFonts } from "@/lib/pdf/fonts";
import { drawKop } from "@/lib/pdf/kop";
import type { ReportSigner } from "./signer";
import { periodBounds, periodLabel } from "@/lib/dashboard/period";
import { jakartaDateKey } from "@/lib/calendar/working-days";
import { DEFAULT_WORDING, PROFILE_LABELS_ID } from "./frame";
import { CATEGORY_NAME, sampleVerdict } from "./ikm";
import type { SkmReport } from "./data/report";

type Column = { header: string; width: number; align?: "left" | "right" | "center" };

const MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"];
const dec = (v: number | null | undefined, digits: number) =>
  v === null || v === undefined ? "-" : v.toLocaleString("id-ID", { minimumFractionDigits: digits, maximumFractionDigits: digits });
const dateText = (key: string) => `${Number(key.slice(8, 10))} ${MONTHS[Number(key.slice(5, 7)) - 1]} ${key.slice(0, 4)}`;

/** PermenPANRB 14/2017: perception value, interval (NRR), converted interval (IKM), quality and performance. */
export const CONVERSION_TABLE = [
  ["1", "1,00 – 2,5996", "25,00 – 64,99", "D", "Tidak baik"],
  ["2", "2,60 – 3,064", "65,00 – 76,60", "C", "Kurang baik"],
  ["3", "3,0644 – 3,532", "76,61 – 88,30", "B", "Baik"],
  ["4", "3,5324 – 4,00", "88,31 – 100,00", "A", "Sangat baik"],
] as const;

export function renderSkmPdf(report: SkmReport, options: { generatedAt?: Date; signer?: ReportSigner } = {}): Promise<Buffer> {
  const generatedAt = options.generatedAt ?? new Date();
  const signer = options.signer ?? report.signer;
  const doc = new PDFDocument({ size: "A4", margins: { top: 56, bottom: 56, left: 56, right: 56 }, info: { Title: `Laporan SKM ${report.office.name} ${report.period.key}` } });
  registerFonts(doc);
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("data", (c: Buffer) => chunks.push(c));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  const width = doc.page.width - 112;
  const heading = (text: string) => doc.moveDown(0.8).font(FONT_BOLD).fontSize(13).text(text).moveDown(0.3).font(FONT_REGULAR).fontSize(10.5);
  const sub = (text: string) => doc.moveDown(0.4).font(FONT_BOLD).fontSize(11).text(text).moveDown(0.2).font(FONT_REGULAR).fontSize(10.5);
  const para = (text: string) => doc.text(text, { align: "justify" }).moveDown(0.4);

  function table(columns: Column[], rows: string[][]) {
    const pad = 4;
    const draw = (cells: string[], bold: boolean) => {
      doc.font(bold ? FONT_BOLD : FONT_REGULAR).fontSize(9.5);
      const h = Math.max(...cells.map((c, i) => doc.heightOfString(c, { width: columns[i].width - 2 * pad }))) + 2 * pad;
      if (doc.y + h > doc.page.height - 56) doc.addPage();
      const y = doc.y;
      let x = 56;
      cells.forEach((c, i) => {
        doc.rect(x, y, columns[i].width, h).stroke("#94a3b8");
        doc.fillColor("#0f172a").text(c, x + pad, y + pad, { width: columns[i].width - 2 * pad, align: columns[i].align ?? "left" });
        x += columns[i].width;
      });
      doc.x = 56;
      doc.y = y + h;
    };
    draw(columns.map((c) => c.header), true);
    rows.forEach((r) => draw(r, false));
    doc.font(FONT_REGULAR).fontSize(10.5).moveDown(0.6);
  }

  const { office, period, summary, target, delivered } = report;
  const { start, end } = periodBounds(period);
  const from = dateText(jakartaDateKey(start));
  const to = dateText(jakartaDateKey(new Date(end.getTime() - 1)));
  const category = summary.category ? `${summary.category} (${CATEGORY_NAME[summary.category]})` : "-";

  // Cover: the office kop, the title, office and period, and who issues it.
  const ruleY = drawKop(doc, report.kop, report.kop.logo, 56, width);
  doc.lineWidth(1);
  doc.x = 56;
  doc.y = ruleY + 150;
  doc.font(FONT_BOLD).fontSize(20).text("LAPORAN HASIL", { align: "center" });
  doc.text("SURVEI KEPUASAN MASYARAKAT (SKM)", { align: "center" });
  doc.moveDown(1.2).fontSize(15).text(office.name.toUpperCase(), { align: "center" });
  doc.font(FONT_REGULAR).fontSize(12).moveDown(0.4).text(`Periode ${periodLabel(period)}`, { align: "center" });
  doc.text(`${from} s.d. ${to}`, { align: "center" });
  doc.moveDown(3).fontSize(11).text("Disusun berdasarkan Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 14 Tahun 2017", { align: "center" });
  doc.y = doc.page.height - 170;
  doc.font(FONT_BOLD).fontSize(13).text(office.name.toUpperCase(), { align: "center" });
  if (report.kop.parent) doc.font(FONT_REGULAR).fontSize(11).text(report.kop.parent, { align: "center" });
  doc.font(FONT_REGULAR).fontSize(11).text(String(period.year), { align: "center" });
  doc.addPage();
  doc.fontSize(10.5);

  heading("BAB I  PENDAHULUAN");
  para(
    `Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik mewajibkan penyelenggara pelayanan melakukan penilaian kinerja secara berkala. ` +
      `Survei Kepuasan Masyarakat (SKM) dilaksanakan oleh ${office.name} berdasarkan Peraturan Menteri PANRB Nomor 14 Tahun 2017 tentang Pedoman ` +
      `Penyusunan Survei Kepuasan Masyarakat Unit Penyelenggara Pelayanan Publik, untuk mengukur tingkat kepuasan masyarakat sebagai bahan ` +
      `perbaikan kualitas pelayanan.`,
  );
  para("Ruang lingkup survei meliputi sembilan unsur pelayanan:");
  DEFAULT_WORDING.forEach((w, i) => doc.text(`${i + 1}. ${w.name} (${w.code})`, { indent: 16 }));

  heading("BAB II  PENGUMPULAN DATA");
  para(
    `Metode: kuesioner elektronik pada aplikasi Layanan Warga, ditawarkan kepada pemohon setelah permohonannya selesai dan kepada ` +
      `pengguna layanan loket melalui tautan sekali pakai (kode QR pada tanda terima). Setiap unsur dinilai dengan skala 1 sampai 4; ` +
      `responden boleh tidak menjawab suatu unsur, dan jawaban itu tidak dihitung. Satu layanan hanya dapat dinilai satu kali.`,
  );
  para(`Periode pengumpulan data: ${from} s.d. ${to}.`);
  table(
    [
      { header: "Uraian", width: width - 120 },
      { header: "Jumlah", width: 120, align: "right" },
    ],
    [
      ["Jumlah layanan yang diberikan (permohonan selesai) = populasi", String(delivered)],
      ["Sampel minimum (Krejcie dan Morgan; chi-kuadrat 3,841; P 0,5; d 0,05)", String(target)],
      ["Jumlah responden", String(summary.respondents)],
    ],
  );
  para(
    sampleVerdict(summary.respondents, target, delivered) === "exceeds"
      ? `Jumlah responden (${summary.respondents}) melebihi layanan yang selesai pada periode ini (${delivered}); periksa asal jawaban sebelum memakai IKM.`
      : summary.respondents >= target
      ? "Jumlah responden memenuhi sampel minimum."
      : `Jumlah responden belum memenuhi sampel minimum (kurang ${target - summary.respondents}); hasil perlu dibaca dengan hati-hati.`,
  );

  heading("BAB III  HASIL");
  sub("3.1 Indeks per unsur");
  para("NRR = jumlah nilai per unsur dibagi jumlah jawaban unsur tersebut; IKM = (jumlah NRR x 1/9) x 25, dibulatkan dua desimal di akhir.");
  table(
    [
      { header: "Kode", width: 40 },
      { header: "Unsur", width: width - 280 },
      { header: "Jawaban", width: 55, align: "right" },
      { header: "NRR", width: 55, align: "right" },
      { header: "NRR x 1/9", width: 65, align: "right" },
      { header: "Nilai (x25)", width: 65, align: "right" },
    ],
    summary.unsur.map((u, i) => [u.code, DEFAULT_WORDING[i].name, String(u.count), dec(u.nrr, 3), dec(u.nrr === null ? null : u.nrr / 9, 3), dec(u.value, 2)]),
  );
  doc.font(FONT_BOLD).text(`IKM ${office.name}: ${dec(summary.ikm, 2)} - mutu pelayanan ${category}`).font(FONT_REGULAR).moveDown(0.5);

  sub("Tabel konversi nilai (PermenPANRB 14/2017)");
  table(
    [
      { header: "Nilai persepsi", width: 70, align: "center" },
      { header: "Nilai interval (NI)", width: 110, align: "center" },
      { header: "Nilai interval konversi (IKM)", width: width - 340, align: "center" },
      { header: "Mutu pelayanan", width: 70, align: "center" },
      { header: "Kinerja unit pelayanan", width: 90 },
    ],
    CONVERSION_TABLE.map((r) => [...r]),
  );

  const prev = report.previous;
  sub(`Perbandingan dengan periode sebelumnya (${periodLabel(prev.period)})`);
  const diff = (a: number | null, b: number | null, digits: number) =>
    a === null || b === null ? "-" : `${a - b > 0 ? "+" : ""}${dec(a - b, digits)}`;
  table(
    [
      { header: "Uraian", width: width - 240 },
      { header: periodLabel(prev.period), width: 80, align: "right" },
      { header: periodLabel(period), width: 80, align: "right" },
      { header: "Selisih", width: 80, align: "right" },
    ],
    [
      ...summary.unsur.map((u, i) => {
        const before = prev.summary.unsur[i];
        return [`${u.code} ${DEFAULT_WORDING[i].name} (NRR)`, dec(before.nrr, 3), dec(u.nrr, 3), diff(u.nrr, before.nrr, 3)];
      }),
      ["IKM", dec(prev.summary.ikm, 2), dec(summary.ikm, 2), diff(summary.ikm, prev.summary.ikm, 2)],
      ["Mutu pelayanan", prev.summary.category ?? "-", summary.category ?? "-", ""],
      ["Jumlah responden", String(prev.summary.respondents), String(summary.respondents), diff(summary.respondents, prev.summary.respondents, 0)],
      ["Layanan selesai", String(prev.delivered), String(delivered), diff(delivered, prev.delivered, 0)],
    ],
  );

  for (const [title, rows] of [["3.2 IKM per jenis layanan", report.byService], ["3.3 IKM per unit", report.byUnit]] as const) {
    sub(title);
    if (rows.length === 0) para("Belum ada responden.");
    else
      table(
        [
          { header: "Nama", width: width - 210 },
          { header: "Responden", width: 70, align: "right" },
          { header: "IKM", width: 60, align: "right" },
          { header: "Mutu", width: 80, align: "center" },
        ],
        rows.map((r) => [r.name, String(r.respondents), dec(r.ikm, 2), r.category ?? "-"]),
      );
  }

  sub("3.4 Profil responden");
  const dims = [["sex", "Jenis kelamin"], ["age_band", "Umur"], ["education", "Pendidikan"], ["occupation", "Pekerjaan"]] as const;
  table(
    [
      { header: "Karakteristik", width: 120 },
      { header: "Kelompok", width: width - 220 },
      { header: "Jumlah", width: 50, align: "right" },
      { header: "%", width: 50, align: "right" },
    ],
    dims.flatMap(([dim, label]) =>
      [...report.profile[dim]]
        .sort((a, b) => b.count - a.count)
        .map((g) => [label, g.value ? (PROFILE_LABELS_ID[g.value] ?? g.value) : "Tidak diisi", String(g.count), dec(summary.respondents ? (g.count / summary.respondents) * 100 : null, 1)]),
    ),
  );

  heading("BAB IV  ANALISIS");
  if (report.weakest.length) {
    para("Tiga unsur dengan nilai terendah yang menjadi prioritas perbaikan:");
    report.weakest.forEach((u, i) => doc.text(`${i + 1}. ${u.code} ${DEFAULT_WORDING.find((w) => w.code === u.code)!.name}: NRR ${dec(u.nrr, 3)} (nilai ${dec(u.value, 2)})`, { indent: 16 }));
    doc.moveDown(0.5);
  } else para("Belum ada data untuk dianalisis.");
  sub("Rencana Tindak Lanjut");
  if (report.plans.length === 0) para("Rencana tindak lanjut belum diisi.");
  else
    table(
      [
        { header: "No", width: 28, align: "center" },
        { header: "Unsur", width: 90 },
        { header: "Program / kegiatan", width: width - 318 },
        { header: "Waktu", width: 80 },
        { header: "Penanggung jawab", width: 120 },
      ],
      report.plans.map((p, i) => [String(i + 1), `${p.elementCode} ${DEFAULT_WORDING.find((w) => w.code === p.elementCode)?.name ?? ""}`, p.program, p.timeframe, p.responsible]),
    );

  heading("BAB V  KESIMPULAN");
  if (summary.ikm === null) para(`Pada periode ini belum ada responden, sehingga IKM ${office.name} belum dapat dihitung.`);
  else {
    const best = [...summary.unsur].filter((u) => u.nrr !== null).sort((a, b) => b.nrr! - a.nrr!)[0];
    para(
      `Indeks Kepuasan Masyarakat ${office.name} periode ${periodLabel(period)} adalah ${dec(summary.ikm, 2)} dengan mutu pelayanan ${category}, ` +
        `dari ${summary.respondents} responden. Unsur dengan nilai tertinggi adalah ${DEFAULT_WORDING.find((w) => w.code === best.code)!.name} ` +
        `(${dec(best.value, 2)}), sedangkan unsur terendah adalah ${report.weakest.map((u) => DEFAULT_WORDING.find((w) => w.code === u.code)!.name).join(", ")}, ` +
        `yang ditindaklanjuti sesuai rencana pada Bab IV.`,
    );
  }
  // Signature block on the right: place and date, position, room to sign, name and NIP.
  doc.moveDown(1);
  if (doc.y > doc.page.height - 200) doc.addPage();
  const signX = 56 + width / 2;
  const signW = width / 2;
  doc.font(FONT_REGULAR).fontSize(10.5).text(`${signer.place}, ${dateText(jakartaDateKey(generatedAt))}`, signX, doc.y, { width: signW, align: "center" });
  doc.text(signer.position, signX, doc.y, { width: signW, align: "center" });
  doc.moveDown(4);
  doc.font(FONT_BOLD).text(signer.name || "(....................................)", signX, doc.y, { width: signW, align: "center", underline: Boolean(signer.name) });
  doc.font(FONT_REGULAR).text(`NIP. ${signer.nip ?? "...................................."}`, signX, doc.y, { width: signW, align: "center" });
  doc.x = 56;
  doc.moveDown(2).fontSize(9).fillColor("#475569").text(`Dibuat oleh aplikasi Layanan Warga pada ${dateText(jakartaDateKey(generatedAt))}.`, 56, doc.y, { width });
  doc.end();
  return done;
}
