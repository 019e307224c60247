"use client";
import { useEffect, useRef } from "react";
import { useRouter } from "next/navigation";
import { useRealtime } from "@/lib/realtime/client";
import { isNotificationChannel, PERSONAL_EVENTS_URL } from "@/lib/realtime/channels";

/** Re-renders a server list (inbox, resident list) when its conversations change; at most every 2 s. */
export function LiveRefresh({ url = PERSONAL_EVENTS_URL }: { url?: string }) {
  const router = useRouter();
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => () => {
    if (timer.current) clearTimeout(timer.current);
  }, []);
  useRealtime(url, (m) => {
    if (url === PERSONAL_EVENTS_URL && isNotificationChannel(m.channel)) return;
    if (timer.current) return;
    timer.current = setTimeout(() => {
      timer.current = null;
      router.refresh();
    }, 500);
  });
  return null;
}
