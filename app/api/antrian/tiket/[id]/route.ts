import { getActor } from "@/lib/auth";
import { ticketNow } from "@/lib/antrian/data/ticket-now";

// The resident's own ticket only; anyone else's answers 404.
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const actor = await getActor();
  const now = actor ? await ticketNow(actor, (await params).id) : null;
  if (!now) return Response.json({ error: "not_found" }, { status: 404 });
  return Response.json(now, { headers: { "Cache-Control": "no-store" } });
}
