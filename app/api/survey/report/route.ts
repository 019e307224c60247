import { getActor } from "@/lib/auth";
import { can } from "@/lib/auth/policy";
import { resolveDashboardQuery } from "@/lib/dashboard/query";
import { skmReport } from "@/lib/survey/data/report";
import { renderSkmPdf } from "@/lib/survey/report-pdf";
import { applySignerOverrides } from "@/lib/survey/signer";

export const runtime = "nodejs";

/** The SKM report of an office and period as a PDF (supervisors and admins of that office; the Camat for his kelurahan). */
export async function GET(request: Request) {
  const actor = await getActor();
  if (!actor || !can(actor.role, "survey.results")) return new Response("Not found", { status: 404 });
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const q = await resolveDashboardQuery(actor, params);
  if (!q) return new Response("Not found", { status: 404 });
  const report = await skmReport(q.office.id, q.period);
  // The signer defaults to the office head of the letter templates; the download form may correct it.
  const pdf = await renderSkmPdf(report, { signer: applySignerOverrides(report.signer, params) });
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="laporan-skm-${q.period.key}.pdf"`,
      "Cache-Control": "private, no-store",
    },
  });
}
