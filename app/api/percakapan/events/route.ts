import { getActor } from "@/lib/auth";
import { isStaff } from "@/lib/conversations/policy";
import { channels, realtimeResponse } from "@/lib/realtime/route";

// The caller's badge and inbox stream: their own channel, and for staff their office's inbox.
export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const actor = await getActor();
  if (!actor) return new Response("Not found", { status: 404, headers: { "Cache-Control": "private, no-store" } });
  const list = [channels.user(actor.userId)];
  if (isStaff(actor)) list.push(channels.officeInbox(actor.officeId));
  return realtimeResponse(request, list);
}
