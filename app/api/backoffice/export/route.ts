import { getTranslations } from "next-intl/server";
import { recordAudit } from "@/lib/audit/log";
import { getActor } from "@/lib/auth";
import { can } from "@/lib/auth/policy";
import { csvExportStream, xlsxExportStream, type ExportLabels } from "@/lib/requests/export";
import { parseQueueFilters } from "@/lib/requests/staff-schema";
import { jakartaDateKey } from "@/lib/calendar/working-days";

// Streams the queue's filtered list as CSV or XLSX with the queue's own scope and filters.
export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const actor = await getActor();
  if (!actor || !can(actor.role, "request.queue")) return new Response("Not found", { status: 404 });
  const params = new URL(request.url).searchParams;
  const format = params.get("format") === "xlsx" ? "xlsx" : "csv";
  const filters = parseQueueFilters(params);
  const t = await getTranslations("staff");
  const labels: ExportLabels = {
    headers: t.raw("export.headers") as string[],
    status: (s) => t(`status.${s}`),
    channel: (c) => t(`channel.${c}`),
    sla: (s) => (s ? t(`sla.${s}`) : ""),
  };
  // The file carries names and masked NIKs of many residents: who exported what is on record.
  await recordAudit(actor, "request.exported", { type: "ServiceRequestList", id: actor.officeId }, { format, filters: { ...filters, after: undefined, before: undefined } });
  const name = `permohonan-${jakartaDateKey(new Date())}.${format}`;
  const body = format === "xlsx" ? xlsxExportStream(actor, filters, labels, { sheetName: t("export.sheet") }) : csvExportStream(actor, filters, labels);
  return new Response(body, {
    headers: {
      "Content-Type": format === "xlsx" ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${name}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
