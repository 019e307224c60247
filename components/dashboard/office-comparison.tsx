import { getLocale, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import type { OfficeFigures } from "@/lib/dashboard/data/comparison";
import { Chart } from "./chart";

/**
 * The Camat's table: each kelurahan beside the kecamatan total, with a chart of the on-time share.
 * Office names open that office's dashboard; figures of the own office open the staff queue.
 */
export async function OfficeComparison({
  rows, total, periodKey, ownOfficeId, queueLinks, csvHref,
}: {
  rows: OfficeFigures[];
  total: OfficeFigures;
  periodKey: string;
  ownOfficeId: string;
  queueLinks: { received: string; completed: string; openOverdue: string; complaints: string };
  csvHref: string;
}) {
  const [t, locale] = await Promise.all([getTranslations("dashboard.comparison"), getLocale()]);
  const num = (v: number) => v.toLocaleString(locale);
  const pct = (v: number | null) => (v === null ? "—" : `${v.toLocaleString(locale)}%`);
  const cell = "px-2 py-1.5 text-right tabular-nums";
  const link = (href: string, text: string, label: string) => (
    <a href={href} className="text-brand-700 underline underline-offset-2">
      {text}
      <span className="sr-only"> · {label}</span>
    </a>
  );
  const figures = (r: OfficeFigures, own: boolean) => (
    <>
      <td className={cell}>{own ? link(queueLinks.received, num(r.received), t("open", { what: t("cols.received") })) : num(r.received)}</td>
      <td className={cell}>{own ? link(queueLinks.completed, num(r.completed), t("open", { what: t("cols.completed") })) : num(r.completed)}</td>
      <td className={cell}>{num(r.onTime)} <span className="text-slate-500">({pct(r.onTimeRate)})</span></td>
      <td className={`${cell} ${r.openOverdue > 0 ? "font-semibold text-amber-800" : ""}`}>
        {own ? link(queueLinks.openOverdue, num(r.openOverdue), t("open", { what: t("cols.openOverdue") })) : num(r.openOverdue)}
      </td>
      <td className={cell}>{own ? link(queueLinks.complaints, num(r.complaints), t("open", { what: t("cols.complaints") })) : num(r.complaints)}</td>
      <td className={cell}>{r.ikm === null ? "—" : r.ikm.toFixed(2)} <span className="text-slate-500">({t("respondents", { n: r.respondents })})</span></td>
    </>
  );
  return (
    <Card className="mt-6 min-w-0">
      <section aria-labelledby="office-comparison" data-testid="office-comparison">
        <h2 id="office-comparison" className="text-lg font-semibold">{t("title")}</h2>
        <p className="text-sm text-slate-600">{t("description")}</p>
        {/* Focusable so the table can be scrolled sideways with the keyboard on a phone. */}
        <div className="mt-3 overflow-x-auto" tabIndex={0} role="region" aria-labelledby="office-comparison">
          <table className="w-full min-w-[720px] border-collapse text-left text-sm">
            <caption className="sr-only">{t("title")}</caption>
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="px-2 py-1.5 font-semibold">{t("cols.office")}</th>
                {(["received", "completed", "onTime", "openOverdue", "complaints", "ikm"] as const).map((c) => (
                  <th key={c} scope="col" className="px-2 py-1.5 text-right font-semibold">{t(`cols.${c}`)}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.officeId} className="border-b border-slate-100" data-office={r.name}>
                  <th scope="row" className="px-2 py-1.5 font-normal">
                    <a href={`/pimpinan?kantor=${r.officeId}&periode=${periodKey}`} className="text-brand-700 underline underline-offset-2">{r.name}</a>
                  </th>
                  {figures(r, r.officeId === ownOfficeId)}
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr className="border-t-2 border-slate-400 font-semibold" data-office="total">
                <th scope="row" className="px-2 py-1.5">{t("total")}</th>
                {figures(total, false)}
              </tr>
            </tfoot>
          </table>
        </div>
        <p className="mt-2 text-sm">
          <a href={csvHref} className="inline-flex min-h-11 items-center text-brand-700 underline" download>{t("csv")}</a>
        </p>
        <h3 className="mt-4 font-semibold">{t("chartTitle")}</h3>
        <div role="img" aria-label={t("chartAlt")}>
          <Chart type="hbar" max={100} data={[...rows, { ...total, name: t("total") }].map((r) => ({ label: r.name, value: r.onTimeRate }))} />
        </div>
        <dl className="mt-3 grid gap-1 border-t border-slate-100 pt-2 text-xs text-slate-600 sm:grid-cols-2">
          {(["received", "completed", "onTime", "openOverdue", "complaints", "ikm"] as const).map((c) => (
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
