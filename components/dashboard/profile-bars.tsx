import type { Dataset } from "@/lib/dashboard/datasets";

/** Respondent profile as simple proportional bars per dimension (plain HTML, readable on a phone). */
export function ProfileBars({ dataset }: { dataset: Dataset }) {
  const groups = new Map<string, { label: string; count: number }[]>();
  for (const [dim, label, count] of dataset.rows) {
    const list = groups.get(String(dim)) ?? [];
    list.push({ label: String(label), count: Number(count) });
    groups.set(String(dim), list);
  }
  return (
    <div className="grid gap-4 sm:grid-cols-2" aria-hidden="true">
      {[...groups].map(([dim, list]) => {
        const total = list.reduce((n, g) => n + g.count, 0) || 1;
        return (
          <div key={dim}>
            <p className="text-sm font-semibold">{dim}</p>
            <ul className="mt-1 space-y-1">
              {list.map((g) => (
                <li key={g.label} className="text-xs">
                  <div className="flex justify-between gap-2">
                    <span>{g.label}</span>
                    <span className="tabular-nums">{Math.round((g.count / total) * 100)}%</span>
                  </div>
                  <div className="h-2 rounded bg-slate-100">
                    <div className="h-2 rounded bg-brand-600" style={{ width: `${(g.count / total) * 100}%` }} />
                  </div>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </div>
  );
}
