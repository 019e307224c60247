import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { listQueue } from "./data/staff/queue";
import { csvExportStream, xlsxExportStream, type ExportLabels } from "./export";
import { parseQueueFilters } from "./staff-schema";
import { buildWorld, makeRequest, type World } from "@/test/support/requests-world";

let w: World;
const labels: ExportLabels = {
  headers: ["Nomor", "Layanan", "Pemohon", "NIK", "Kanal", "Diajukan", "Tenggat", "SLA", "Petugas", "Status", "Untuk (orang lain)", "NIK orang lain"],
  status: (s) => s,
  channel: (c) => c,
  sla: (s) => s ?? "-",
};
const wib = (s: string) => new Date(`${s}+07:00`);

async function readAll(stream: ReadableStream<Uint8Array>): Promise<Buffer> {
  const chunks: Uint8Array[] = [];
  const reader = stream.getReader();
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

beforeAll(async () => {
  w = await buildWorld();
  const P = w.offices.pakansari.id;
  for (let i = 0; i < 23; i++) {
    await makeRequest({
      officeId: P,
      serviceId: i % 3 === 0 ? w.services.ekbang : w.services.pem,
      residentId: i % 2 ? w.residents.budi.profileId : w.residents.siti.profileId,
      channel: i % 4 === 0 ? "LOKET" : "WEB",
      status: i % 5 === 0 ? "COMPLETED" : "SUBMITTED",
      submittedAt: wib(`2026-01-${String(5 + i).padStart(2, "0")}T10:00:00`),
    });
  }
});

describe("export", () => {
  const params = { status: "all", service: "", channel: "WEB", from: "2026-01-05", to: "2026-01-31" };

  it("writes exactly the rows of the filtered list, in its order, across many batches", async () => {
    const filters = parseQueueFilters({ ...params, service: w.services.pem });
    const list = await listQueue(w.actors.admin, filters, { limit: 500 });
    expect(list.rows.length).toBeGreaterThan(8);
    const csv = (await readAll(csvExportStream(w.actors.admin, filters, labels, { batchSize: 4 }))).toString("utf8");
    const lines = csv.replace(/^\uFEFF/, "").trim().split("\r\n");
    expect(lines[0]).toBe(labels.headers.join(","));
    expect(lines.slice(1).map((l) => l.split(",")[0])).toEqual(list.rows.map((r) => r.number));
    expect(csv).not.toMatch(/3201014506900002|3201011203850001/);
    expect(lines[1].split(",")[3]).toMatch(/^3201•{8}\d{4}$/);
  });

  it("keeps the staff scope: a unit's staff export only their units", async () => {
    const filters = parseQueueFilters({ status: "all", from: "2026-01-05", to: "2026-01-31" });
    const list = await listQueue(w.actors.ekbang, filters, { limit: 500 });
    const csv = (await readAll(csvExportStream(w.actors.ekbang, filters, labels, { batchSize: 3 }))).toString("utf8");
    const numbers = csv.trim().split("\r\n").slice(1).map((l) => l.split(",")[0]);
    expect(numbers).toEqual(list.rows.map((r) => r.number));
    expect(numbers.length).toBe(8); // i % 3 === 0 for i < 23
  });

  it("writes the same rows to XLSX", async () => {
    const filters = parseQueueFilters({ ...params, service: w.services.pem });
    const list = await listQueue(w.actors.admin, filters, { limit: 500 });
    const bytes = await readAll(xlsxExportStream(w.actors.admin, filters, labels, { batchSize: 5 }));
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = book.worksheets[0];
    const numbers: string[] = [];
    sheet.eachRow((row, i) => {
      if (i > 1) numbers.push(String(row.getCell(1).value));
    });
    expect(numbers).toEqual(list.rows.map((r) => r.number));
    expect(String(sheet.getRow(2).getCell(8).value)).toBe(list.rows[0].sla ?? "-");
  });
});
