"use client";

import type { QueueStatus } from "@/lib/antrian/data/public";
import { queueEventsUrl, useLive } from "./use-live";

export type TodayLabels = {
  title: string; counter: string; idle: string; waiting: string; estimate: string; next: string; offline: string; none: string; minutes: string;
};

/** "Antrean hari ini": numbers at each loket, who waits per service and the rough wait; live. */
export function TodayStatus({ initial, labels }: { initial: QueueStatus; labels: TodayLabels }) {
  const { data, online } = useLive(`/api/antrian/${initial.office.slug}/status`, initial, 3000, queueEventsUrl(initial.office.slug));
  return (
    <section aria-labelledby="today-title" className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
      <h2 id="today-title" className="text-lg font-semibold">{labels.title}</h2>
      {!online ? <p className="mt-1 text-sm text-amber-800" role="status">{labels.offline}</p> : null}
      {data.counters.length === 0 ? (
        <p className="mt-2 text-slate-600">{labels.none}</p>
      ) : (
        <ul className="mt-3 grid grid-cols-2 gap-2" aria-live="polite">
          {data.counters.map((c) => (
            <li key={c.number} className="rounded-lg bg-brand-50 px-3 py-2">
              <span className="block text-sm text-slate-700">{labels.counter} {c.number}</span>
              <span className="block text-2xl font-bold tabular-nums" data-testid={`today-counter-${c.number}`}>{c.ticket ?? labels.idle}</span>
            </li>
          ))}
        </ul>
      )}
      <dl className="mt-3 divide-y divide-slate-100">
        {data.services.map((s) => (
          <div key={s.id} className="flex flex-wrap items-baseline justify-between gap-2 py-2">
            <dt className="font-medium">{s.prefix} · {s.name}</dt>
            <dd className="text-sm text-slate-700">
              {labels.waiting}: <strong>{s.waiting}</strong> · {labels.estimate}: <strong>{s.estimateMin} {labels.minutes}</strong>
            </dd>
          </div>
        ))}
      </dl>
      {data.next.length ? <p className="mt-2 text-sm text-slate-700">{labels.next}: {data.next.join(", ")}</p> : null}
    </section>
  );
}
