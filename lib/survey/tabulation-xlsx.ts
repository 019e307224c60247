import "server-only";
import { PassThrough } from "node:stream";
import ExcelJS from "exceljs";
import type { Period } from "@/lib/dashboard/period";
import { PROFILE_LABELS_ID } from "./frame";
import { tabulationPage, type SurveyFilter } from "./data/results";

type Named = { id: string; name: string };

/**
 * Streams the raw SKM tabulation as XLSX: one row per response (time, service, unit, profile,
 * U1..U9 with empty cells for "tidak menjawab", suggestion). Read in keyset pages so a large
 * period never sits in memory at once.
 */
export function writeTabulation(filter: SurveyFilter, period: Period, services: Named[], units: Named[]): PassThrough {
  const out = new PassThrough();
  const serviceName = new Map(services.map((s) => [s.id, s.name]));
  const unitName = new Map(units.map((u) => [u.id, u.name]));
  const label = (v: string | null) => (v ? (PROFILE_LABELS_ID[v] ?? v) : "");
  (async () => {
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true });
    const sheet = workbook.addWorksheet(`SKM ${period.key}`);
    sheet.columns = [
      { header: "No", key: "no", width: 7 },
      { header: "Waktu (WIB)", key: "at", width: 18 },
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
        sheet
          .addRow({
            no: ++no,
            at: new Date(r.submittedAt.getTime() + 7 * 3600_000).toISOString().slice(0, 16).replace("T", " "),
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
    sheet.commit();
    await workbook.commit();
  })().catch((error) => out.destroy(error));
  return out;
}
