import { getActor } from "@/lib/auth";
import { visibleConversation } from "@/lib/conversations/data";
import { channels, realtimeResponse } from "@/lib/realtime/route";

// Live updates of one conversation (SSE, or JSON with ?after= for the polling fallback).
// Another office's or resident's conversation is a 404, like the page.
export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await getActor();
  const conversation = actor ? await visibleConversation(actor, id) : null;
  if (!actor || !conversation) return new Response("Not found", { status: 404, headers: { "Cache-Control": "private, no-store" } });
  return realtimeResponse(request, [channels.conversation(conversation.id)]);
}
