import "server-only";
import { PassThrough } from "node:stream";
import ExcelJS from "exceljs";
import type { Period } from "@/lib/dashboard/period";
import { PROFILE_LABELS_ID, UNSUR_CODES } from "./frame";
import { CATEGORY_NAME, computeIkm } from "./ikm";
import { tabulationPage, type SurveyFilter } from "./data/results";

type Named = { id: string; name: string };

/**
 * Streams the raw SKM tabulation as XLSX: one row per response (time, service, unit, profile,
 * U1..U9 with empty cells for "tidak menjawab", suggestion), then the NRR and IKM rows computed by
 * the same module as the report (sums and counts gathered while streaming). The header row is
 * frozen and the time is a real date cell (WIB wall time; Excel has no time zones). Read in keyset
 * pages so a large period never sits in memory at once.
 */
export function writeTabulation(filter: SurveyFilter, period: Period, services: Named[], units: Named[]): PassThrough {
  const out = new PassThrough();
  const serviceName = new Map(services.map((s) => [s.id, s.name]));
  const unitName = new Map(units.map((u) => [u.id, u.name]));
  const label = (v: string | null) => (v ? (PROFILE_LABELS_ID[v] ?? v) : "");
  (async () => {
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true });
    const sheet = workbook.addWorksheet(`SKM ${period.key}`, { views: [{ state: "frozen", ySplit: 1, xSplit: 0 }] });
    const sums = UNSUR_CODES.map(() => 0);
    const counts = UNSUR_CODES.map(() => 0);
    sheet.columns = [
      { header: "No", key: "no", width: 7 },
      { header: "Waktu (WIB)", key: "at", width: 18, style: { numFmt: "dd/mm/yyyy hh:mm" } },
      { header: "Layanan", key: "service", width: 34 },
      { header: "Unit", key: "unit", width: 30 },
      { header: "Jenis kelamin", key: "sex", width: 13 },
      { header: "Umur", key: "age", width: 16 },
      { header: "Pendidikan", key: "education", width: 14 },
      { header: "Pekerjaan", key: "occupation", width: 18 },
      ...Array.from({ length: 9 }, (_, i) => ({ header: `U${i + 1}`, key: `u${i + 1}`, width: 5 })),
      { header: "Saran", key: "suggestion", width: 50 },
    ];
    sheet.getRow(1).font = { bold: true };
    sheet.getRow(1).commit();
    let no = 0;
    let after: { submittedAt: Date; id: string } | null = null;
    for (;;) {
      const rows = await tabulationPage(filter, period, after);
      for (const r of rows) {
        const scores = [r.u1, r.u2, r.u3, r.u4, r.u5, r.u6, r.u7, r.u8, r.u9];
        scores.forEach((v, i) => {
          if (v !== null && v !== undefined) {
            sums[i] += v;
            counts[i]++;
          }
        });
        sheet
          .addRow({
            no: ++no,
            // A date cell showing Jakarta wall time (the serial number has no zone, so shift by UTC+7).
            at: new Date(Math.floor((r.submittedAt.getTime() + 7 * 3600_000) / 60_000) * 60_000),
            service: serviceName.get(r.serviceId) ?? "",
            unit: unitName.get(r.unitId) ?? "",
            sex: label(r.sex),
            age: label(r.ageBand),
            education: label(r.education),
            occupation: label(r.occupation),
            u1: r.u1, u2: r.u2, u3: r.u3, u4: r.u4, u5: r.u5, u6: r.u6, u7: r.u7, u8: r.u8, u9: r.u9,
            suggestion: r.suggestion ?? "",
          })
          .commit();
      }
      if (rows.length === 0) break;
      const last = rows[rows.length - 1];
      after = { submittedAt: last.submittedAt, id: last.id };
    }
    // The NRR and IKM rows under the data (columns U1..U9 line up with the answers above).
    const result = computeIkm(UNSUR_CODES.map((code, i) => ({ code, sum: sums[i], count: counts[i] })));
    const firstU = 9; // column I holds U1
    const summaryRow = (label: string, values: (number | null)[], numFmt?: string) => {
      const row = sheet.addRow([]);
      row.getCell(3).value = label;
      row.getCell(3).font = { bold: true };
      values.forEach((v, i) => {
        const cell = row.getCell(firstU + i);
        cell.value = v;
        if (numFmt) cell.numFmt = numFmt;
      });
      row.commit();
    };
    sheet.addRow([]).commit();
    summaryRow("Jumlah nilai per unsur", sums);
    summaryRow("Jumlah jawaban per unsur", counts);
    summaryRow("NRR per unsur", result.unsur.map((u) => (u.nrr === null ? null : Math.round(u.nrr * 1000) / 1000)), "0.000");
    summaryRow("NRR tertimbang (NRR x 1/9)", result.unsur.map((u) => (u.nrr === null ? null : Math.round((u.nrr / 9) * 1000) / 1000)), "0.000");
    summaryRow("Nilai unsur (NRR x 25)", result.unsur.map((u) => u.value), "0.00");
    const ikmRow = sheet.addRow([]);
    ikmRow.getCell(3).value = "IKM";
    ikmRow.getCell(3).font = { bold: true };
    ikmRow.getCell(firstU).value = result.ikm;
    ikmRow.getCell(firstU).numFmt = "0.00";
    ikmRow.getCell(firstU + 1).value = result.category ? `${result.category} (${CATEGORY_NAME[result.category]})` : "-";
    ikmRow.commit();
    sheet.commit();
    await workbook.commit();
  })().catch((error) => out.destroy(error));
  return out;
}
