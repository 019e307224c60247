import { NextResponse } from "next/server";
import { getActor } from "@/lib/auth";
import { markRead } from "@/lib/notifications/mutations/inbox";

// Opening a notification marks it read and goes to its record. Only the recipient's own: else 404.
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const actor = await getActor();
  if (!actor) return NextResponse.redirect(new URL("/masuk", request.url));
  const result = await markRead(actor, (await params).id);
  if (!result.ok) return new NextResponse("Not found", { status: 404 });
  const link = result.link && result.link.startsWith("/") && !result.link.startsWith("//") ? result.link : "/notifikasi";
  return NextResponse.redirect(new URL(link, request.url), 303);
}
