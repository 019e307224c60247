import { getActor } from "@/lib/auth";
import { can } from "@/lib/auth/policy";
import { draftPdf } from "@/lib/letters/data/letters";

export const dynamic = "force-dynamic";

/** The KONSEP PDF of a letter, for the signing official and staff of its office; anyone else gets 404. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await getActor();
  const pdf = actor && can(actor.role, "letter.issue") ? await draftPdf(actor, id) : null;
  if (!pdf) return new Response("Not found", { status: 404, headers: { "Cache-Control": "private, no-store" } });
  return new Response(new Uint8Array(pdf), {
    headers: { "Content-Type": "application/pdf", "Content-Disposition": 'attachment; filename="konsep-surat.pdf"', "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff" },
  });
}
