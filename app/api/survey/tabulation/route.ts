import { Readable } from "node:stream";
import { getActor } from "@/lib/auth";
import { can } from "@/lib/auth/policy";
import { resolveDashboardQuery } from "@/lib/dashboard/query";
import { writeTabulation } from "@/lib/survey/tabulation-xlsx";

export const runtime = "nodejs";

/** The raw tabulation (one row per response: u1..u9 and the profile) as a streamed XLSX. */
export async function GET(request: Request) {
  const actor = await getActor();
  if (!actor || !can(actor.role, "survey.results")) return new Response("Not found", { status: 404 });
  const q = await resolveDashboardQuery(actor, Object.fromEntries(new URL(request.url).searchParams));
  if (!q) return new Response("Not found", { status: 404 });
  const stream = writeTabulation({ officeId: q.office.id, serviceId: q.serviceId, unitId: q.unitId }, q.period, q.services, q.units);
  return new Response(Readable.toWeb(stream) as ReadableStream, {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Disposition": `attachment; filename="tabulasi-skm-${q.period.key}.xlsx"`,
      "Cache-Control": "private, no-store",
    },
  });
}
