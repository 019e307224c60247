"use client";
import { useEffect, useRef } from "react";
import { useRouter } from "next/navigation";
import { useRealtime } from "@/lib/realtime/client";

/** Re-renders a server list (inbox, resident list) when its conversations change; at most every 2 s. */
export function LiveRefresh({ url = "/api/percakapan/events" }: { url?: string }) {
  const router = useRouter();
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => () => {
    if (timer.current) clearTimeout(timer.current);
  }, []);
  useRealtime(url, () => {
    if (timer.current) return;
    timer.current = setTimeout(() => {
      timer.current = null;
      router.refresh();
    }, 500);
  });
  return null;
}
