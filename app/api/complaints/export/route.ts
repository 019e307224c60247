import { getTranslations } from "next-intl/server";
import { getActor } from "@/lib/auth";
import { can } from "@/lib/auth/policy";
import { jakartaDateKey } from "@/lib/calendar/working-days";
import { complaintExportRows } from "@/lib/complaints/data/export";
import { csvStream, xlsxStream, type Column, type Labels } from "@/lib/complaints/export-format";
import { parseQueueFilters } from "@/lib/complaints/filters";

export const dynamic = "force-dynamic";

/**
 * The daily export offices send to their leaders: the staff queue's filters, streamed as CSV or
 * XLSX in keyset batches. Anonim rows carry no identity (the data layer never reads it).
 */
export async function GET(request: Request) {
  const actor = await getActor();
  if (!actor || !can(actor.role, "complaint.handle")) return new Response("Not found", { status: 404 });
  const url = new URL(request.url);
  const filters = parseQueueFilters(Object.fromEntries(url.searchParams));
  const format = url.searchParams.get("format") === "csv" ? "csv" : "xlsx";
  const t = await getTranslations("complaints");
  const valueNs: Partial<Record<Column, string>> = { classification: "classification", privacy: "privacy", channel: "channel", status: "status", track: "track", sla: "sla" };
  const labels: Labels = {
    header: (c) => t(`export.${c}`),
    value: (c, v) => (valueNs[c] && t.has(`${valueNs[c]}.${v}`) ? t(`${valueNs[c]}.${v}`) : v),
  };
  const rows = complaintExportRows(actor, filters);
  const name = `pengaduan-${jakartaDateKey(new Date())}.${format}`;
  const body = format === "csv" ? csvStream(rows, labels) : xlsxStream(rows, labels, t("export.sheet"));
  return new Response(body, {
    headers: {
      "Content-Type": format === "csv" ? "text/csv; charset=utf-8" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Disposition": `attachment; filename="${name}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
