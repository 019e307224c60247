import "server-only";
import { PassThrough, Readable } from "node:stream";
import { once } from "node:events";
import ExcelJS from "exceljs";
import type { Actor } from "@/lib/auth/types";
import { jakartaDateKey } from "@/lib/calendar/working-days";
import { fetchQueueRows, officeBoundaries, type QueueRow } from "./data/staff/queue";
import type { QueueFilters } from "./staff-schema";
import { requestScope } from "@/lib/requests/policy";
import { csvLine } from "@/lib/format/csv";

// Exports stream the queue's own query in keyset batches: memory stays flat however many rows
// match, and a file holds exactly the rows (and SLA states) the list shows for the same filters.

export const EXPORT_BATCH = 1000;

export type ExportLabels = {
  headers: string[];
  status: (code: string) => string;
  channel: (code: string) => string;
  sla: (code: string | null) => string;
};

/** Rows of a view, batch by batch, from the first (URL paging cursors are ignored). */
export async function* exportBatches(actor: Actor, filters: QueueFilters, options: { now?: Date; batchSize?: number } = {}) {
  const b = await officeBoundaries(actor.officeId, options.now);
  const scope = requestScope(actor);
  const view = { ...filters, after: undefined, before: undefined };
  const limit = options.batchSize ?? EXPORT_BATCH;
  let after: { at: Date; id: string } | null = null;
  for (;;) {
    const { rows, hasMore } = await fetchQueueRows(scope, view, b, { limit, after });
    if (rows.length) yield rows;
    if (!hasMore) return;
    const last = rows[rows.length - 1];
    after = { at: (view.sort.startsWith("due") ? last.dueAt : last.submittedAt) ?? new Date(0), id: last.id };
  }
}

/** "YYYY-MM-DD HH:mm" in Jakarta time: the same wall clock the pages show. */
export function wibStamp(date: Date | null): string {
  if (!date) return "";
  const key = jakartaDateKey(date);
  const shifted = new Date(date.getTime() + 7 * 3_600_000);
  return `${key} ${shifted.toISOString().slice(11, 16)}`;
}

export function exportCells(row: QueueRow, l: ExportLabels): string[] {
  return [
    row.number ?? "", row.serviceName, row.residentName, row.residentNikMasked, l.channel(row.channel),
    wibStamp(row.submittedAt), wibStamp(row.dueAt), l.sla(row.sla), row.assigneeName ?? "", l.status(row.status),
    // Last, so files read by column number before "for whom" existed still line up.
    row.subjectName ?? "", row.subjectNikMasked ?? "",
  ];
}


/** A CSV (UTF-8 with BOM, so Excel reads Indonesian names correctly) as a pull-based web stream. */
export function csvExportStream(actor: Actor, filters: QueueFilters, labels: ExportLabels, options: { now?: Date; batchSize?: number } = {}): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const batches = exportBatches(actor, filters, options);
  let started = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode(`\uFEFF${csvLine(labels.headers)}`));
        return;
      }
      const next = await batches.next();
      if (next.done) return controller.close();
      controller.enqueue(encoder.encode(next.value.map((row) => csvLine(exportCells(row, labels))).join("")));
    },
    async cancel() {
      await batches.return(undefined);
    },
  });
}

/** An XLSX written by exceljs's streaming writer: rows are committed and flushed batch by batch. */
export function xlsxExportStream(actor: Actor, filters: QueueFilters, labels: ExportLabels, options: { now?: Date; batchSize?: number; sheetName?: string } = {}): ReadableStream<Uint8Array> {
  const out = new PassThrough({ highWaterMark: 1 << 20 });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: false, useSharedStrings: false });
  const sheet = workbook.addWorksheet(options.sheetName ?? "Permohonan");
  (async () => {
    sheet.addRow(labels.headers).commit();
    for await (const batch of exportBatches(actor, filters, options)) {
      for (const row of batch) sheet.addRow(exportCells(row, labels)).commit();
      // Wait for the reader when it is slower than the database, instead of buffering the file.
      if (out.writableNeedDrain) await once(out, "drain");
    }
    sheet.commit();
    await workbook.commit();
  })().catch((error) => out.destroy(error instanceof Error ? error : new Error(String(error))));
  return Readable.toWeb(out) as ReadableStream<Uint8Array>;
}
