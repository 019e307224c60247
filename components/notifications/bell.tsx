"use client";
import { useUnreadCount } from "./use-unread-count";

/** The bell in every signed-in header: unread count, links to the inbox. Words come as props. */
export function NotificationBell({ initial, labels }: { initial: number; labels: { none: string; some: string } }) {
  const count = useUnreadCount(initial);
  const label = count > 0 ? labels.some.replace("#", String(count)) : labels.none;
  return (
    <a href="/notifikasi" aria-label={label} title={label} data-unread={count} className="relative flex min-h-11 min-w-11 items-center justify-center rounded-lg text-slate-700 hover:bg-slate-100">
      <svg aria-hidden="true" viewBox="0 0 24 24" width="22" height="22" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
        <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
        <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
      </svg>
      {count > 0 ? (
        <span aria-hidden="true" className="absolute right-0.5 top-0.5 min-w-5 rounded-full bg-red-600 px-1 text-center text-xs font-bold leading-5 text-white">
          {count > 99 ? "99+" : count}
        </span>
      ) : null}
    </a>
  );
}
