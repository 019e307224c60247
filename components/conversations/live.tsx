"use client";
import { useEffect, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { fill } from "@/i18n/fill";
import { useRealtime } from "@/lib/realtime/client";

/** The unread badge in the navigation: re-counts when the caller's or their office's conversations change. */
export function UnreadBadge({ initial, label }: { initial: number; label: string }) {
  const [count, setCount] = useState(initial);
  useRealtime("/api/percakapan/events", () => {
    void fetch("/api/percakapan/unread", { cache: "no-store" })
      .then((r) => (r.ok ? (r.json() as Promise<{ count: number }>) : null))
      .then((body) => body && setCount(body.count));
  });
  if (count === 0) return null;
  return (
    <>
      <span data-testid="unread-badge" aria-hidden="true" className="ml-1 inline-flex min-w-5 items-center justify-center rounded-full bg-red-700 px-1.5 text-xs font-bold text-white">
        {count > 99 ? "99+" : count}
      </span>
      <span className="sr-only"> ({fill(label, { count })})</span>
    </>
  );
}

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
