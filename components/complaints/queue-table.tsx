import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { ComplaintStatusBadge, PrivacyBadge, SlaBadge } from "./badges";

type Row = {
  id: string; ticket: string; createdAt: Date; title: string; category: string; status: string; unit: string | null;
  due: Date | null; sla: string | null; privacy: string; reopenCount: number; channel: string;
};

/** Dense staff table; the ticket is the link so keyboard users tab from row to row. */
export async function ComplaintQueueTable({ rows }: { rows: Row[] }) {
  const [t, format] = await Promise.all([getTranslations("complaints"), getFormatter()]);
  if (rows.length === 0) return <p className="rounded-xl border border-slate-200 bg-white p-4 text-slate-700">{t("staff.empty")}</p>;
  const th = "px-2 py-2 text-left text-xs font-semibold uppercase tracking-wide text-slate-600";
  const td = "px-2 py-2 align-top";
  return (
    <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white">
      <table className="w-full text-sm">
        <caption className="sr-only">{t("staff.queueTitle")}</caption>
        <thead className="bg-slate-50">
          <tr>
            {(["colTicket", "colReceived", "colTitle", "colCategory", "colStatus", "colUnit", "colDue", "colSla", "colPrivacy"] as const).map((k) => (
              <th key={k} scope="col" className={th}>{t(`staff.${k}`)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} className="border-t border-slate-100 hover:bg-slate-50 focus-within:bg-amber-50">
              <td className={`${td} whitespace-nowrap font-mono`}>
                <Link data-row-link href={`/petugas/pengaduan/${r.id}`} className="text-brand-700 underline">{r.ticket}</Link>
              </td>
              <td className={`${td} whitespace-nowrap`}>{format.dateTime(r.createdAt, { dateStyle: "medium", timeStyle: "short" })}</td>
              <td className={td}>
                {r.title}
                {r.reopenCount ? <span className="block text-xs text-amber-900">{t("staff.reopened", { count: r.reopenCount })}</span> : null}
                <span className="block text-xs text-slate-500">{t(`channel.${r.channel}`)}</span>
              </td>
              <td className={td}>{r.category}</td>
              <td className={td}><ComplaintStatusBadge status={r.status} /></td>
              <td className={td}>{r.unit ?? "–"}</td>
              <td className={`${td} whitespace-nowrap`}>{r.due ? format.dateTime(r.due, { dateStyle: "medium" }) : "–"}</td>
              <td className={td}><SlaBadge state={r.sla} /></td>
              <td className={td}><PrivacyBadge privacy={r.privacy} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
