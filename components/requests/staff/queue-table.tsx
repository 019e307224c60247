"use client";
import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import type { QueueRow } from "@/lib/requests/data/staff/queue";
import { SlaBadge, StatusBadge } from "./badges";
import { BulkBar } from "./bulk-bar";

type Props = { rows: QueueRow[]; colleagues: { id: string; name: string }[]; userId: string };

/** The dense queue table with row selection for bulk actions. */
export function QueueTable({ rows, colleagues, userId }: Props) {
  const t = useTranslations("staff.queue");
  const tc = useTranslations("staff.channel");
  const format = useFormatter();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const when = (d: Date | null) => (d ? format.dateTime(new Date(d), { dateStyle: "medium", timeStyle: "short" }) : "—");
  const allChecked = rows.length > 0 && rows.every((r) => selected.has(r.id));
  const toggle = (id: string) =>
    setSelected((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <>
      <BulkBar rows={rows.filter((r) => selected.has(r.id))} colleagues={colleagues} userId={userId} onDone={() => setSelected(new Set())} />
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="min-w-full text-sm">
          <caption className="sr-only">{t("caption")}</caption>
          <thead className="bg-slate-100 text-left text-xs uppercase tracking-wide text-slate-700">
            <tr>
              <th scope="col" className="px-2 py-2">
                <input
                  type="checkbox"
                  aria-label={t("selectAll")}
                  checked={allChecked}
                  onChange={() => setSelected(allChecked ? new Set() : new Set(rows.map((r) => r.id)))}
                  className="h-4 w-4"
                />
              </th>
              {(["number", "service", "resident", "channel", "submitted", "due", "sla", "assignee", "status"] as const).map((c) => (
                <th key={c} scope="col" className="whitespace-nowrap px-2 py-2 font-semibold">{t(`columns.${c}`)}</th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map((row) => (
              <tr key={row.id} className={`${selected.has(row.id) ? "bg-brand-50" : "hover:bg-slate-50"} focus-within:bg-amber-50`}>
                <td className="px-2 py-1.5">
                  <input type="checkbox" data-row-select aria-label={t("selectRow", { number: row.number ?? row.id })} checked={selected.has(row.id)} onChange={() => toggle(row.id)} className="h-4 w-4 shrink-0" />
                </td>
                <td className="whitespace-nowrap px-2 py-1.5 font-mono">
                  <Link data-row-link href={`/petugas/permohonan/${row.id}`} className="text-brand-700 underline-offset-2 hover:underline">
                    {row.number}
                  </Link>
                </td>
                <td className="px-2 py-1.5">{row.serviceName}</td>
                <td className="px-2 py-1.5">
                  <div>{row.residentName}</div>
                  <div className="font-mono text-xs text-slate-600">{row.residentNikMasked}</div>
                  {row.subjectName ? <div className="text-xs text-slate-700">{t("forOther", { name: row.subjectName, nik: row.subjectNikMasked ?? "" })}</div> : null}
                </td>
                <td className="whitespace-nowrap px-2 py-1.5">{tc(row.channel)}</td>
                <td className="whitespace-nowrap px-2 py-1.5">{when(row.submittedAt)}</td>
                <td className="whitespace-nowrap px-2 py-1.5">{when(row.dueAt)}</td>
                <td className="whitespace-nowrap px-2 py-1.5"><SlaBadge state={row.sla} /></td>
                <td className="px-2 py-1.5">{row.assigneeName ?? t("unassigned")}</td>
                <td className="whitespace-nowrap px-2 py-1.5"><StatusBadge status={row.status} /></td>
              </tr>
            ))}
          </tbody>
        </table>
        {rows.length === 0 ? <p className="p-4 text-slate-600">{t("empty")}</p> : null}
      </div>
    </>
  );
}
