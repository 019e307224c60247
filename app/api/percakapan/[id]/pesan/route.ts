import { getActor } from "@/lib/auth";
import { messagesAfter } from "@/lib/conversations/data";

// Messages after ?after=<seq>, as the caller may see them (no internal notes for residents).
export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const after = new URL(request.url).searchParams.get("after") ?? "0";
  const actor = await getActor();
  const messages = actor && /^\d{1,19}$/.test(after) ? await messagesAfter(actor, id, BigInt(after)) : null;
  if (!messages) return new Response("Not found", { status: 404, headers: { "Cache-Control": "private, no-store" } });
  return Response.json({ messages }, { headers: { "Cache-Control": "private, no-store" } });
}
