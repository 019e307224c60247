import { getActor } from "@/lib/auth";
import { can } from "@/lib/auth/policy";
import { recordAudit } from "@/lib/audit/log";
import { reprintLetter } from "@/lib/letters/data/letters";

export const dynamic = "force-dynamic";

/** A reprint of an issued letter: same number, QR and bytes as issued (drawn from the frozen content). */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await getActor();
  const printed = actor && can(actor.role, "letter.issue") ? await reprintLetter(actor, id) : null;
  if (!actor || !printed) return new Response("Not found", { status: 404, headers: { "Cache-Control": "private, no-store" } });
  await recordAudit(actor, "letter.reprinted", { type: "letter", id });
  const name = `surat-${printed.number.replace(/[^A-Za-z0-9.-]+/g, "-")}.pdf`;
  return new Response(new Uint8Array(printed.pdf), {
    headers: { "Content-Type": "application/pdf", "Content-Disposition": `attachment; filename="${name}"`, "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff" },
  });
}
