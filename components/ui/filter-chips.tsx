import Link from "./link";

export type FilterChip = { key: string; label: string; removeHref: string };

/**
 * Filters that came with a link (e.g. from the supervisor's per-staff table) shown above a list, each
 * with a way to drop it: a filter a select cannot show must still be visible and removable.
 */
export function FilterChips({ chips, title, removeLabel }: { chips: FilterChip[]; title: string; removeLabel: (label: string) => string }) {
  if (chips.length === 0) return null;
  return (
    <div className="mb-3 flex flex-wrap items-center gap-2 text-sm" data-testid="filter-chips">
      <span className="text-slate-700">{title}</span>
      <ul className="flex flex-wrap gap-2">
        {chips.map((chip) => (
          <li key={chip.key} className="inline-flex min-h-9 items-center gap-1 rounded-full border border-brand-700 bg-brand-50 pl-3 text-brand-900">
            <span>{chip.label}</span>
            <Link
              href={chip.removeHref}
              className="inline-flex min-h-9 min-w-9 items-center justify-center rounded-full text-base font-semibold hover:bg-brand-100"
              aria-label={removeLabel(chip.label)}
            >
              <span aria-hidden="true">×</span>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
