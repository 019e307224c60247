import { getLocale, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import type { StaffRow } from "@/lib/dashboard/data/staff";

type Col = "openAssigned" | "completed" | "completedLate" | "openOverdue";
export type StaffRowLinks = Record<Col | "name" | "complaints", string>;

/**
 * Per-staff workload and SLA breaches of the office, a keyset page at a time. Every name and figure
 * opens the request queue filtered to that person and to what the figure counts.
 */
export async function StaffWorkload({ rows, nextHref, firstHref, overdueHref, csvHref, rowLinks }: {
  rows: StaffRow[];
  nextHref: string | null;
  firstHref: string | null;
  overdueHref: string;
  csvHref: string;
  rowLinks: (userId: string) => StaffRowLinks;
}) {
  const [t, locale] = await Promise.all([getTranslations("dashboard.staff"), getLocale()]);
  const num = (v: number) => v.toLocaleString(locale);
  const cols = ["openAssigned", "completed", "completedLate", "openOverdue"] as const satisfies readonly Col[];
  const link = (href: string, text: string, label: string) => (
    <a href={href} className="text-brand-700 underline underline-offset-2">
      {text}
      <span className="sr-only"> · {label}</span>
    </a>
  );
  const cell = "px-2 py-1.5 text-right tabular-nums";
  return (
    <Card className="mt-6 min-w-0">
      <section aria-labelledby="staff-workload" data-testid="staff-workload">
        <h2 id="staff-workload" className="text-lg font-semibold">{t("title")}</h2>
        <p className="text-sm text-slate-600">{t("description")}</p>
        {rows.length === 0 ? (
          <p className="mt-3 rounded-lg bg-slate-50 px-3 py-6 text-center text-slate-600">{t("empty")}</p>
        ) : (
          <div className="mt-3 overflow-x-auto" tabIndex={0} role="region" aria-labelledby="staff-workload">
            <table className="w-full min-w-[600px] border-collapse text-left text-sm">
              <caption className="sr-only">{t("title")}</caption>
              <thead>
                <tr className="border-b border-slate-300">
                  <th scope="col" className="px-2 py-1.5 font-semibold">{t("cols.name")}</th>
                  {cols.map((c) => (
                    <th key={c} scope="col" className="px-2 py-1.5 text-right font-semibold">{t(`cols.${c}`)}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => {
                  const to = rowLinks(r.userId);
                  return (
                    <tr key={r.userId} className="border-b border-slate-100" data-staff={r.name}>
                      <th scope="row" className="px-2 py-1.5 font-normal">
                        <a href={to.name} className="text-brand-700 underline underline-offset-2">{r.name}</a>{" "}
                        <span className="text-xs text-slate-500">· {t(`roles.${r.role}`)} ·</span>{" "}
                        <a href={to.complaints} className="text-xs text-brand-700 underline underline-offset-2">
                          {t("complaintsLink")}
                          <span className="sr-only">, {r.name}</span>
                        </a>
                      </th>
                      {cols.map((c) => (
                        <td key={c} className={`${cell} ${(c === "completedLate" || c === "openOverdue") && r[c] > 0 ? "font-semibold text-amber-800" : ""}`}>
                          {link(to[c], num(r[c]), t("openFor", { what: t(`cols.${c}`), name: r.name }))}
                        </td>
                      ))}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
        <div className="mt-2 flex flex-wrap items-center gap-4 text-sm">
          {firstHref ? <a href={firstHref} className="inline-flex min-h-11 items-center text-brand-700 underline">{t("first")}</a> : null}
          {nextHref ? <a href={nextHref} className="inline-flex min-h-11 items-center text-brand-700 underline">{t("next")}</a> : null}
          <a href={overdueHref} className="inline-flex min-h-11 items-center text-brand-700 underline">{t("openOverdueQueue")}</a>
          <a href={csvHref} className="inline-flex min-h-11 items-center text-brand-700 underline" download>{t("csv")}</a>
        </div>
        <dl className="mt-2 grid gap-1 border-t border-slate-100 pt-2 text-xs text-slate-600 sm:grid-cols-2">
          {cols.map((c) => (
            <div key={c}>
              <dt className="inline font-semibold">{t(`cols.${c}`)}: </dt>
              <dd className="inline">{t(`def.${c}`)}</dd>
            </div>
          ))}
        </dl>
      </section>
    </Card>
  );
}
