import { describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { csvField, csvStream, EXPORT_COLUMNS, xlsxStream } from "./export-format";
import type { ExportRow } from "./data/export";

const labels = { header: (c: string) => c.toUpperCase(), value: (_c: string, v: string) => `[${v}]` };

async function text(stream: ReadableStream<Uint8Array>) {
  return new Response(stream).text();
}

async function* sample(count: number): AsyncGenerator<ExportRow> {
  for (let i = 0; i < count; i++) {
    yield {
      ticket: `ADU-PKS-2026-${String(i + 1).padStart(6, "0")}`, createdAt: new Date("2026-03-01T17:30:00Z"), classification: "PENGADUAN",
      category: "Sampah", title: `=1+${i}`, privacy: i % 2 ? "ANONIM" : "PUBLIK", channel: "WEB", status: "SUBMITTED", unit: "", track: "",
      due: null, sla: "", completedAt: null, reporter: i % 2 ? "" : "Budi", location: "",
    };
  }
}

describe("complaint export format", () => {
  it("streams a workbook that spreadsheet software reads back row for row", async () => {
    const bytes = Buffer.from(await new Response(xlsxStream(sample(1200), labels, "Pengaduan")).arrayBuffer());
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = book.getWorksheet("Pengaduan")!;
    expect(sheet.rowCount).toBe(1201);
    expect(sheet.getRow(1).getCell(1).value).toBe("TICKET");
    expect(sheet.getRow(2).getCell(1).value).toBe("ADU-PKS-2026-000001");
    expect(sheet.getRow(3).getCell(6).value).toBe("[ANONIM]");
    // Text stays text: a title that looks like a formula is not turned into one.
    expect(sheet.getRow(2).getCell(5).value).toBe("=1+0");
  });

  it("neutralises formulas and quotes", () => {
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField("Jalan rusak")).toBe(`"Jalan rusak"`);
  });

  it("writes a header and one line per row, dates in WIB", async () => {
    async function* rows(): AsyncGenerator<ExportRow> {
      yield {
        ticket: "ADU-PKS-2026-000001", createdAt: new Date("2026-03-01T17:30:00Z"), classification: "PENGADUAN", category: "Sampah",
        title: "Sampah menumpuk", privacy: "ANONIM", channel: "WEB", status: "SUBMITTED", unit: "", track: "", due: null, sla: "",
        completedAt: null, reporter: "", location: "RT 03",
      };
    }
    const csv = await text(csvStream(rows(), labels));
    const lines = csv.replace(/^\uFEFF/, "").trim().split("\r\n");
    expect(lines).toHaveLength(2);
    expect(lines[0].split(",")).toHaveLength(EXPORT_COLUMNS.length);
    expect(lines[1]).toContain(`"2026-03-02 00:30"`);
    expect(lines[1]).toContain(`"[ANONIM]"`);
  });
});
