import { getActor } from "@/lib/auth";
import { can } from "@/lib/auth/policy";
import { recordAudit } from "@/lib/audit/log";
import { CSV_BOM, csvLine } from "@/lib/format/csv";
import { parseDateText } from "@/lib/format/date";
import { processingLog } from "@/lib/residents/privacy/data";

export const dynamic = "force-dynamic";

// Days are Jakarta days: 00:00 WIB is 17:00 UTC the day before.
const jakartaStart = (day: string) => new Date(`${day}T00:00:00+07:00`);

/** The office's processing log (who accessed which record, when, from where) by period, streamed as CSV. */
export async function GET(request: Request) {
  const actor = await getActor();
  if (!actor || !can(actor.role, "audit.view")) return new Response("Not found", { status: 404 });
  const url = new URL(request.url);
  // Typed day first in the form (17/08/2026) or ISO from a link; YYYY-MM-DD from here on.
  const from = parseDateText(url.searchParams.get("from") ?? "");
  const to = parseDateText(url.searchParams.get("to") ?? "");
  if (!from || !to || from > to) return new Response("Bad period", { status: 400 });
  const end = new Date(jakartaStart(to).getTime() + 24 * 3600 * 1000);
  await recordAudit(actor, "audit.exported", { type: "Office", id: actor.officeId }, { from, to });
  const rows = processingLog(actor, jakartaStart(from), end);
  const encoder = new TextEncoder();
  const stamp = new Intl.DateTimeFormat("sv-SE", { timeZone: "Asia/Jakarta", dateStyle: "short", timeStyle: "medium" });
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(CSV_BOM + csvLine(["waktu_wib", "petugas", "peran", "email", "aksi", "jenis_data", "id_data", "ip"])));
    },
    async pull(controller) {
      const next = await rows.next();
      if (next.done) return controller.close();
      const r = next.value;
      controller.enqueue(encoder.encode(csvLine([stamp.format(r.createdAt), r.actor?.name ?? "", r.actor?.role ?? "", r.actor?.email ?? "", r.action, r.targetType, r.targetId, r.ip ?? ""])));
    },
  });
  return new Response(body, { headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="log-pemrosesan-${from}-${to}.csv"`, "Cache-Control": "private, no-store" } });
}
