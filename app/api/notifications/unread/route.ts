import { NextResponse } from "next/server";
import { getActor } from "@/lib/auth";
import { unreadCount } from "@/lib/notifications/data";

// Polled by the bell (components/notifications/use-unread-count.ts): one indexed count, no body to render.
export async function GET() {
  const actor = await getActor();
  if (!actor) return NextResponse.json({ count: 0 }, { status: 401 });
  return NextResponse.json({ count: await unreadCount(actor.userId) }, { headers: { "cache-control": "no-store" } });
}
