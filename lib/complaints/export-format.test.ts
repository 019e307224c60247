import { describe, expect, it } from "vitest";
import { csvField, csvStream, EXPORT_COLUMNS } from "./export-format";
import type { ExportRow } from "./data/export";

const labels = { header: (c: string) => c.toUpperCase(), value: (_c: string, v: string) => `[${v}]` };

async function text(stream: ReadableStream<Uint8Array>) {
  return new Response(stream).text();
}

describe("complaint export format", () => {
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
