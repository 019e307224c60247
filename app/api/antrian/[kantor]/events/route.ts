import { officeIdBySlug } from "@/lib/antrian/data/office";
import { channels, realtimeResponse } from "@/lib/realtime/route";

// Public and read-only, like the status route: "the queue of this office changed" (office id only,
// no numbers, no names). TVs, the public status, ticket pages and loket screens re-read on each event.
// `?after=<seq>` answers JSON: the polling fallback of components/antrian/live-source.ts.
export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ kantor: string }> }) {
  const officeId = await officeIdBySlug((await params).kantor);
  if (!officeId) return Response.json({ error: "not_found" }, { status: 404, headers: { "Cache-Control": "no-store" } });
  return realtimeResponse(request, [channels.queue(officeId)]);
}
