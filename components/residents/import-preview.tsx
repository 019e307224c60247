import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ImportRowFix } from "./import-client";
import { TableScroll } from "@/components/admin/table-scroll";
import { Badge, Card } from "@/components/ui/card";
import type { ChangeRow, ErrorRow } from "@/lib/residents/import/data";

export async function ImportLines({ lines, headerRow }: { lines: { rowNumber: number; cells: string[] }[]; headerRow: number }) {
  const t = await getTranslations("residents.import");
  const width = Math.min(12, Math.max(...lines.map((l) => l.cells.length)));
  return (
    <TableScroll label={t("headerRow")}>
      <table className="mb-4 w-full border-collapse text-xs">
        <tbody>
          {lines.map((l) => (
            <tr key={l.rowNumber} className={l.rowNumber === headerRow ? "bg-brand-50 font-semibold" : "border-b border-slate-200"}>
              <th scope="row" className="p-1 text-left text-slate-500">{l.rowNumber}</th>
              {Array.from({ length: width }, (_, i) => (
                <td key={i} className="max-w-40 truncate p-1">{l.cells[i] ?? ""}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

type Summary = { totalRows: number; createRows: number; updateRows: number; unchangedRows: number; errorRows: number };

export async function ImportSummary({ item, dataRows }: { item: Summary; dataRows: number }) {
  const t = await getTranslations("residents.import");
  const cells: [string, number, string][] = [
    [t("summaryTotal"), dataRows, "text-slate-900"],
    [t("summaryCreate"), item.createRows, "text-green-800"],
    [t("summaryUpdate"), item.updateRows, "text-sky-800"],
    [t("summaryUnchanged"), item.unchangedRows, "text-slate-700"],
    [t("summaryErrors"), item.errorRows, item.errorRows ? "text-red-700" : "text-slate-700"],
  ];
  return (
    <dl className="grid grid-cols-2 gap-2 sm:grid-cols-5" aria-label={t("stepPreview")}>
      {cells.map(([label, value, tone]) => (
        <div key={label} className="rounded-lg bg-white p-3">
          <dt className="text-sm text-slate-600">{label}</dt>
          <dd className={`text-2xl font-semibold ${tone}`}>{value.toLocaleString("id-ID")}</dd>
        </div>
      ))}
    </dl>
  );
}

export async function ImportErrors({ importId, page, editable }: { importId: string; page: { rows: ErrorRow[]; next: number | null }; editable: boolean }) {
  const t = await getTranslations("residents.import");
  if (!page.rows.length) return null;
  return (
    <Card>
      <div className="mb-2 flex flex-wrap items-center justify-between gap-2">
        <h2 className="text-lg font-semibold">{t("errorsTitle")}</h2>
        <a href={`/api/residents/import/${importId}/errors`} className="text-sm font-medium text-brand-700 underline">{t("downloadErrors")}</a>
      </div>
      <p className="mb-3 text-sm text-slate-600">{t("errorsHint")}</p>
      <div className="space-y-2">
        {page.rows.map((r) => (editable ? <ImportRowFix key={r.rowNumber} importId={importId} rowNumber={r.rowNumber} values={r.values} errors={r.errors} /> : null))}
      </div>
      {page.next ? <Link href={`?galat=${page.next}`} className="mt-2 inline-block text-sm text-brand-700 underline">{t("more")}</Link> : null}
    </Card>
  );
}

export async function ImportChanges({ page }: { importId: string; page: { rows: ChangeRow[]; next: number | null } }) {
  const t = await getTranslations("residents.import");
  const tf = await getTranslations("residents.fields");
  const show = (field: string, v: string) => (field === "headOfFamily" ? (v === "true" ? t("yes") : t("no")) : v || "–");
  return (
    <Card>
      <h2 className="mb-1 text-lg font-semibold">{t("changesTitle")}</h2>
      <p className="mb-3 text-sm text-slate-600">{t("changesHint")}</p>
      {page.rows.length ? (
        <TableScroll label={t("changesTitle")}>
          <table className="w-full border-collapse text-sm">
            <thead>
              <tr className="border-b border-slate-300 text-left">
                <th scope="col" className="p-2">{t("rowLabel", { n: "#" })}</th>
                <th scope="col" className="p-2">{tf("fullName")}</th>
                <th scope="col" className="p-2">{t("field")}</th>
                <th scope="col" className="p-2">{t("before")}</th>
                <th scope="col" className="p-2">{t("after")}</th>
              </tr>
            </thead>
            <tbody>
              {page.rows.flatMap((r) =>
                r.changes.map((c, i) => (
                  <tr key={`${r.rowNumber}-${c.field}`} className="border-b border-slate-200">
                    <td className="p-2">{i === 0 ? r.rowNumber : ""}</td>
                    <td className="p-2">{i === 0 ? <>{r.fullName} <span className="font-mono text-xs">{r.maskedNik}</span> {r.hasAccount ? <Badge tone="sky">{t("accountBadge")}</Badge> : null}</> : ""}</td>
                    <td className="p-2">{tf(c.field)}</td>
                    <td className="p-2 text-red-800 line-through decoration-1">{show(c.field, c.before)}</td>
                    <td className="p-2 text-green-800">{show(c.field, c.after)}</td>
                  </tr>
                )),
              )}
            </tbody>
          </table>
        </TableScroll>
      ) : (
        <p className="text-sm text-slate-600">{t("noChanges")}</p>
      )}
      {page.next ? <Link href={`?ubah=${page.next}`} className="mt-2 inline-block text-sm text-brand-700 underline">{t("more")}</Link> : null}
    </Card>
  );
}
