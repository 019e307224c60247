// Reads an uploaded register file as rows of text cells, streamed: a 100,000-row file is never
// held in memory whole. CSV (comma or semicolon, as Indonesian Excel saves it) via csv-parse;
// XLSX via exceljs's streaming reader (first worksheet).
import { Readable } from "node:stream";
import { parse } from "csv-parse";
import ExcelJS from "exceljs";

export type FileKind = "csv" | "xlsx";

/** By content, not by name: an XLSX file is a ZIP archive ("PK\x03\x04"). */
export function detectKind(firstBytes: Uint8Array): FileKind {
  return firstBytes[0] === 0x50 && firstBytes[1] === 0x4b && firstBytes[2] === 0x03 && firstBytes[3] === 0x04 ? "xlsx" : "csv";
}

/**
 * Semicolon files are what Excel writes in an Indonesian locale. Pick by the first lines (a SIAK
 * export may open with a title line that has no delimiter at all).
 */
export function detectDelimiter(firstLines: string): "," | ";" | "\t" {
  const counts = { ",": 0, ";": 0, "\t": 0 };
  let quoted = false;
  for (const ch of firstLines) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch in counts) counts[ch as keyof typeof counts] += 1;
  }
  return (Object.entries(counts).sort((a, b) => b[1] - a[1])[0][0] as "," | ";" | "\t") ?? ",";
}

const pad = (n: number) => String(n).padStart(2, "0");

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  // Dates in a sheet are calendar dates; exceljs gives them as UTC midnight.
  if (value instanceof Date) return `${pad(value.getUTCDate())}-${pad(value.getUTCMonth() + 1)}-${value.getUTCFullYear()}`;
  if (typeof value === "object") {
    if ("richText" in value) return value.richText.map((part) => part.text).join("");
    if ("result" in value) return cellText((value.result ?? "") as ExcelJS.CellValue);
    if ("text" in value) return String(value.text);
    if ("error" in value) return "";
  }
  // Long NIKs typed as numbers must not become 3.2010145069e+15.
  if (typeof value === "number") return Number.isInteger(value) ? BigInt(value).toString() : String(value);
  return String(value);
}

async function* csvRows(stream: Readable): AsyncGenerator<string[]> {
  // Peek at the first chunk for the delimiter, then hand everything to the parser.
  const iterator = stream[Symbol.asyncIterator]();
  const first = await iterator.next();
  if (first.done) return;
  const head = Buffer.from(first.value as Buffer);
  const firstLines = head.toString("utf8").replace(/^\uFEFF/, "").split(/\r?\n/).slice(0, 10).join("\n");
  const delimiter = detectDelimiter(firstLines);
  const source = Readable.from(
    (async function* () {
      yield head;
      for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value as Buffer;
    })(),
  );
  const parser = source.pipe(parse({ delimiter, bom: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: true }));
  for await (const record of parser) yield record as string[];
}

async function* xlsxRows(stream: Readable): AsyncGenerator<string[]> {
  // Styles are read: without them a date cell arrives as its serial number.
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(stream, { worksheets: "emit", sharedStrings: "cache", hyperlinks: "ignore", styles: "cache", entries: "emit" });
  for await (const worksheet of reader) {
    for await (const row of worksheet as AsyncIterable<ExcelJS.Row>) {
      const values = row.values as ExcelJS.CellValue[]; // 1-based
      const cells: string[] = [];
      for (let i = 1; i < values.length; i++) cells.push(cellText(values[i]));
      if (cells.some((c) => c.trim() !== "")) yield cells;
    }
    return; // the first worksheet only
  }
}

/** Rows of the file as text cells, in order, empty lines skipped. */
export async function* readRows(stream: Readable, kind: FileKind): AsyncGenerator<string[]> {
  yield* kind === "xlsx" ? xlsxRows(stream) : csvRows(stream);
}
