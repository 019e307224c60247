import { getActor } from "@/lib/auth";
import { isStaff } from "@/lib/conversations/policy";
import { channels, realtimeResponse } from "@/lib/realtime/route";

// The signed-in person's one stream, shared on a page by the bell, the conversation badge and the
// inbox lists (a page holds one connection, not one per badge): their notifications, their own
// conversations and, for staff, their office's inbox. Ids only; each listener re-reads through
// its authorized route. `?after=` answers JSON for the polling fallback.
export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const actor = await getActor();
  if (!actor) return new Response("Not found", { status: 404, headers: { "Cache-Control": "private, no-store" } });
  const list = [channels.notifications(actor.userId), channels.user(actor.userId)];
  if (isStaff(actor)) list.push(channels.officeInbox(actor.officeId));
  return realtimeResponse(request, list);
}
