import type { ReactNode } from "react";

export type Kpi = { label: string; value: ReactNode; hint?: ReactNode; testId?: string; tone?: "warn"; definition?: ReactNode; href?: string; linkLabel?: string };

/** Headline figures as a definition list: label, big number, one line of context. */
export function KpiGrid({ items, label, columns = "grid-cols-2 md:grid-cols-3 xl:grid-cols-6" }: { items: Kpi[]; label: string; columns?: string }) {
  return (
    <dl aria-label={label} className={`grid content-start gap-3 ${columns}`}>
      {items.map((k) => (
        <div key={k.label} className={`rounded-xl border bg-white p-3 ${k.tone === "warn" ? "border-amber-400" : "border-slate-200"}`} data-testid={k.testId}>
          <dt className="text-sm text-slate-600">{k.label}</dt>
          <dd className="mt-1 text-2xl font-semibold tabular-nums text-slate-900">
            {/* A figure that has a queue behind it opens that queue, filtered to what it counts. */}
            {k.href ? (
              <a href={k.href} className="underline decoration-brand-700/40 underline-offset-4 hover:text-brand-800">
                {k.value}
                {k.linkLabel ? <span className="sr-only"> · {k.linkLabel}</span> : null}
              </a>
            ) : k.value}
          </dd>
          {k.hint ? <dd className="text-xs text-slate-600">{k.hint}</dd> : null}
          {/* What the number counts, so no figure claims more than it measures. */}
          {k.definition ? <dd className="mt-1 border-t border-slate-100 pt-1 text-xs text-slate-500">{k.definition}</dd> : null}
        </div>
      ))}
    </dl>
  );
}
