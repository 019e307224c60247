import { getTranslations } from "next-intl/server";
import { getActor } from "@/lib/auth";
import { can } from "@/lib/auth/policy";
import { CSV_BOM, csvLine } from "@/lib/format/csv";
import { errorRowsForCsv } from "@/lib/residents/import/data";

export const dynamic = "force-dynamic";

/** The rows with problems as CSV: the file's own columns, the line number and what is wrong, in words. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const actor = await getActor();
  if (!actor || !can(actor.role, "resident.register")) return new Response("Not found", { status: 404 });
  const { id } = await params;
  const t = await getTranslations("residents");
  const rows = errorRowsForCsv(actor, id);
  const first = await rows.next();
  if (first.done || !("header" in first.value)) return new Response("Not found", { status: 404 });
  const header = first.value.header;
  const describe = (e: string) => {
    const [field, code] = e.split(":");
    return `${t.has(`fields.${field}`) ? t(`fields.${field}`) : field}: ${t.has(`rowErrors.${code}`) ? t(`rowErrors.${code}`) : code}`;
  };
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(CSV_BOM + csvLine([t("import.line", { n: "" }).trim(), ...header, "GALAT"])));
    },
    async pull(controller) {
      const next = await rows.next();
      if (next.done) return controller.close();
      if ("cells" in next.value) controller.enqueue(encoder.encode(csvLine([next.value.rowNumber, ...next.value.cells, next.value.errors.map(describe).join("; ")])));
    },
  });
  return new Response(body, { headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="galat-impor-${id}.csv"`, "Cache-Control": "private, no-store" } });
}
