import { Readable } from "node:stream";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { detectDelimiter, detectKind, readRows } from "./parse";

async function all(stream: Readable, kind: "csv" | "xlsx") {
  const out: string[][] = [];
  for await (const row of readRows(stream, kind)) out.push(row);
  return out;
}

describe("readRows", () => {
  it("reads semicolon CSV with a BOM, a title line and quoted cells", async () => {
    const csv = '\uFEFFDATA PENDUDUK\r\nNIK;NAMA_LGKP\r\n3201014506900002;"AMINAH; SITI"\r\n\r\n';
    expect(detectDelimiter("DATA\nNIK;NAMA")).toBe(";");
    expect(await all(Readable.from([Buffer.from(csv)]), "csv")).toEqual([["DATA PENDUDUK"], ["NIK", "NAMA_LGKP"], ["3201014506900002", "AMINAH; SITI"]]);
  });

  it("reads the first sheet of an XLSX file, keeping long numbers and dates exact", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Penduduk");
    sheet.addRow(["NIK", "NAMA_LGKP", "TGL_LHR"]);
    sheet.addRow([3201014506900002, "SITI AMINAH", new Date(Date.UTC(1990, 5, 5))]);
    const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
    expect(detectKind(buffer)).toBe("xlsx");
    expect(await all(Readable.from([buffer]), "xlsx")).toEqual([["NIK", "NAMA_LGKP", "TGL_LHR"], ["3201014506900002", "SITI AMINAH", "05-06-1990"]]);
  });
});
