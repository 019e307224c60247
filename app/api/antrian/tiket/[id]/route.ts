import { getActor } from "@/lib/auth";
import { ticketNow } from "@/lib/antrian/data/ticket-now";

// The ticket's owner, and staff of its office (canSeeTicket); anyone else gets 404.
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const actor = await getActor();
  const now = actor ? await ticketNow(actor, (await params).id) : null;
  if (!now) return Response.json({ error: "not_found" }, { status: 404 });
  return Response.json(now, { headers: { "Cache-Control": "no-store" } });
}
