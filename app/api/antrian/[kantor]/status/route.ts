import { loadQueueStatus } from "@/lib/antrian/data/public";

// Public and read-only: numbers only, no names. Polled every few seconds by TVs and ticket pages.
export async function GET(_req: Request, { params }: { params: Promise<{ kantor: string }> }) {
  const status = await loadQueueStatus((await params).kantor);
  if (!status) return Response.json({ error: "not_found" }, { status: 404 });
  return Response.json(status, { headers: { "Cache-Control": "no-store" } });
}
