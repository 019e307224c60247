import { NextResponse } from "next/server";
import { z } from "zod";
import { getActor } from "@/lib/auth";
import { vapidKeys } from "@/lib/notifications/channels/vapid";
import { removePushSubscriptionOf, savePushSubscription } from "@/lib/notifications/mutations/inbox";

// Web push subscriptions per device. GET: the VAPID public key for PushManager.subscribe();
// POST: store this device's subscription; DELETE: forget it. (The PWA UI that calls this comes later.)
const subscriptionSchema = z.object({
  endpoint: z.url().max(2000),
  keys: z.object({ p256dh: z.string().min(1).max(200), auth: z.string().min(1).max(100) }),
});

export async function GET() {
  return NextResponse.json({ publicKey: vapidKeys().publicKey });
}

export async function POST(request: Request) {
  const actor = await getActor();
  if (!actor) return NextResponse.json({ ok: false, error: "forbidden" }, { status: 401 });
  const parsed = subscriptionSchema.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return NextResponse.json({ ok: false, error: "invalid_input" }, { status: 400 });
  return NextResponse.json(await savePushSubscription(actor, parsed.data, request.headers.get("user-agent")));
}

export async function DELETE(request: Request) {
  const actor = await getActor();
  if (!actor) return NextResponse.json({ ok: false, error: "forbidden" }, { status: 401 });
  const parsed = z.object({ endpoint: z.string().min(1) }).safeParse(await request.json().catch(() => null));
  if (!parsed.success) return NextResponse.json({ ok: false, error: "invalid_input" }, { status: 400 });
  return NextResponse.json(await removePushSubscriptionOf(actor, parsed.data.endpoint));
}
