import Link from "@/components/ui/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { showsDueDate, type RequestStatus } from "@/lib/requests/workflow";
import { StatusBadge } from "./status-badge";

export type RequestSummary = {
  id: string;
  number: string | null;
  status: RequestStatus;
  createdAt: Date;
  submittedAt: Date | null;
  dueAt: Date | null;
  relation: string;
  subjectName?: string | null;
  service: { name: string };
  resident: { fullName: string };
};

/** The resident's requests as tappable cards: number (or "not sent"), service, status, dates. */
export async function RequestList({ items }: { items: RequestSummary[] }) {
  const t = await getTranslations("requests");
  const format = await getFormatter();
  const date = (d: Date) => format.dateTime(d, { dateStyle: "medium" });
  return (
    <ul className="grid gap-3">
      {items.map((r) => {
        const href = r.status === "DRAFT" || r.status === "NEEDS_CORRECTION" ? `/warga/permohonan/${r.id}/isi` : `/warga/permohonan/${r.id}`;
        return (
          <li key={r.id}>
            <Link href={href} className="block rounded-xl border border-slate-200 bg-white p-4 shadow-sm hover:border-brand-600">
              <div className="flex flex-wrap items-center justify-between gap-2">
                <span className="font-mono text-sm font-semibold text-slate-800">{r.number ?? t("list.notSent")}</span>
                <StatusBadge status={r.status} />
              </div>
              <p className="mt-1 font-semibold text-brand-800">{r.service.name}</p>
              <p className="text-sm text-slate-700">
                {r.submittedAt ? t("list.submittedOn", { date: date(r.submittedAt) }) : t("list.createdOn", { date: date(r.createdAt) })}
                {showsDueDate(r.status, r.dueAt) ? ` · ${t("list.dueOn", { date: date(r.dueAt) })}` : ""}
              </p>
              {r.relation !== "SELF" ? <p className="text-sm text-slate-700">{t("list.forPerson", { name: r.subjectName ?? r.resident.fullName })}</p> : null}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
