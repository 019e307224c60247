import { getActor } from "@/lib/auth";
import { unreadCount } from "@/lib/conversations/data";

export const dynamic = "force-dynamic";

export async function GET() {
  const actor = await getActor();
  if (!actor) return new Response("Not found", { status: 404, headers: { "Cache-Control": "private, no-store" } });
  return Response.json({ count: await unreadCount(actor) }, { headers: { "Cache-Control": "private, no-store" } });
}
