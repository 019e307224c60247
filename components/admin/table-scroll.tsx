import type { ReactNode } from "react";

/**
 * Wide tables scroll sideways on phones. The scroll area is focusable and named so keyboard
 * users can scroll it too (axe: scrollable-region-focusable).
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="overflow-x-auto rounded-lg focus-visible:outline-2 focus-visible:outline-brand-700" tabIndex={0} role="region" aria-label={label}>
      {children}
    </div>
  );
}
