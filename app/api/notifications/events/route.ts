import { getActor } from "@/lib/auth";
import { channels, realtimeResponse } from "@/lib/realtime/route";

// The bell's live stream: the caller's own notification channel only (ids, no content; the bell
// re-reads its count through /api/notifications/unread). `?after=` answers JSON for polling.
export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const actor = await getActor();
  if (!actor) return new Response("Not found", { status: 404, headers: { "Cache-Control": "private, no-store" } });
  return realtimeResponse(request, [channels.notifications(actor.userId)]);
}
