// Writers for the daily complaint export: CSV and XLSX, both streamed row by row so a large
// export runs in bounded memory. Dates are written in WIB.
import { PassThrough, Readable } from "node:stream";
import ExcelJS from "exceljs";
import type { ExportRow } from "./data/export";
import { csvCell } from "@/lib/format/csv";

export const EXPORT_COLUMNS = [
  "ticket", "createdAt", "classification", "category", "title", "privacy", "channel", "status",
  "unit", "track", "due", "sla", "completedAt", "reporter", "location",
] as const satisfies readonly (keyof ExportRow)[];

export type Column = (typeof EXPORT_COLUMNS)[number];
export type Labels = { header: (c: Column) => string; value: (c: Column, v: string) => string };

const wib = new Intl.DateTimeFormat("sv-SE", { timeZone: "Asia/Jakarta", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit" });

function cell(row: ExportRow, column: Column, labels: Labels): string {
  const value = row[column];
  if (value instanceof Date) return wib.format(value);
  if (value === null || value === "") return "";
  return ["classification", "privacy", "channel", "status", "track", "sla"].includes(column) ? labels.value(column, value) : value;
}

/** A CSV field of the complaint export: always quoted, formulas defused (lib/format/csv). */
export function csvField(value: string): string {
  return csvCell(value, { quote: "always" });
}

export function csvStream(rows: AsyncIterable<ExportRow>, labels: Labels): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = rows[Symbol.asyncIterator]();
  let started = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        // BOM so spreadsheet programs read the file as UTF-8.
        controller.enqueue(encoder.encode(`\uFEFF${EXPORT_COLUMNS.map((c) => csvField(labels.header(c))).join(",")}\r\n`));
        return;
      }
      const next = await iterator.next();
      if (next.done) return controller.close();
      controller.enqueue(encoder.encode(`${EXPORT_COLUMNS.map((c) => csvField(cell(next.value, c, labels))).join(",")}\r\n`));
    },
    async cancel() {
      await iterator.return?.(undefined);
    },
  });
}

export function xlsxStream(rows: AsyncIterable<ExportRow>, labels: Labels, sheetName: string): ReadableStream<Uint8Array> {
  const out = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: false, useSharedStrings: false });
  const sheet = workbook.addWorksheet(sheetName);
  sheet.columns = EXPORT_COLUMNS.map((c) => ({ header: labels.header(c), key: c, width: c === "title" || c === "location" ? 40 : 18 }));
  (async () => {
    for await (const row of rows) {
      sheet.addRow(EXPORT_COLUMNS.map((c) => cell(row, c, labels))).commit();
    }
    sheet.commit();
    await workbook.commit();
  })().catch((error) => out.destroy(error));
  return Readable.toWeb(out) as ReadableStream<Uint8Array>;
}
