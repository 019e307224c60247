import { bookAction } from "@/lib/antrian/actions";
import { jsonActionRoute } from "@/lib/http/json-action-route";

type Params = { layanan: string; tanggal: string; jam: string };

// POST /api/antrian/pesan/:layanan/:tanggal/:jam, body {} or {requestId}: the booking form's booking
// of one slot. A route rather than the server action for the 07:00 rush (lib/http/json-action-route.ts),
// with the slot in the path so the server's waiting room (scripts/lib/booking-gate.mjs) can answer
// "kuota penuh" for a slot it has just seen fill without reaching the app. The booking action
// (lib/antrian/actions.ts: residents only, 20 per account a minute) and bookTicket's rules decide.
export async function POST(request: Request, { params }: { params: Promise<Params> }) {
  const { layanan, tanggal, jam } = await params;
  return jsonActionRoute(
    (body) => bookAction({ ...(isObject(body) ? body : {}), queueServiceId: decodeURIComponent(layanan), day: tanggal, start: decodeURIComponent(jam) }),
    // Tells the waiting room in front of the app that this slot is full (scripts/lib/booking-gate.mjs).
    (result): Record<string, string> => (!result.ok && result.error === "quota_full" ? { "X-Slot-Full": "1" } : {}),
  )(request);
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
