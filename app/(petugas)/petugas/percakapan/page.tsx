import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { QueueKeys } from "@/components/requests/staff/queue-keys";
import { LiveRefresh } from "@/components/conversations/live";
import { ButtonLink } from "@/components/ui/button";
import { Badge, PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { requireActor } from "@/lib/auth";
import { listInbox, type InboxRow } from "@/lib/conversations/data";
import { inboxFiltersSchema, KINDS, STATUSES, type InboxFilters } from "@/lib/conversations/schema";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("conversations"))("inboxTitle") };
}

function parseFilters(raw: Record<string, string | string[] | undefined>): InboxFilters {
  const one = (k: string) => (typeof raw[k] === "string" && raw[k] !== "" ? (raw[k] as string) : undefined);
  const parsed = inboxFiltersSchema.safeParse({ status: one("status"), kind: one("kind"), view: one("view"), q: one("q"), after: one("after"), before: one("before") });
  return parsed.success ? parsed.data : { view: "all" };
}

function query(filters: InboxFilters, extra: Record<string, string | undefined> = {}) {
  const params = new URLSearchParams();
  const all = { view: filters.view === "all" ? undefined : filters.view, kind: filters.kind, status: filters.status, q: filters.q, ...extra };
  for (const [k, v] of Object.entries(all)) if (v) params.set(k, v);
  const s = params.toString();
  return s ? `?${s}` : "";
}

const slaTone = { MET: "green", LATE: "amber", ON_TRACK: "slate", DUE_SOON: "amber", OVERDUE: "red" } as const;

export default async function InboxPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor("conversation.handle");
  const filters = parseFilters(await searchParams);
  const [t, format, page] = await Promise.all([getTranslations("conversations"), getFormatter(), listInbox(actor, filters)]);
  const who = (r: InboxRow) => (r.resident.kind === "anonymous" ? t("author.anonymous") : r.resident.kind === "named" ? r.resident.name : t("author.resident"));
  const views = ["all", "unread", "mine", "unassigned"] as const;
  return (
    <>
      <PageHeader
        title={t("inboxTitle")}
        description={t("inboxDescription")}
        actions={<ButtonLink size="sm" variant="secondary" href="/petugas/percakapan/jawaban-cepat">{t("actions.canned")}</ButtonLink>}
      />
      <QueueKeys />
      <LiveRefresh />
      <nav aria-label={t("filters.view")} className="mb-3 flex flex-wrap gap-1">
        {views.map((v) => (
          <Link
            key={v}
            href={`/petugas/percakapan${query({ ...filters, view: v })}`}
            aria-current={filters.view === v ? "page" : undefined}
            className={`rounded-lg px-3 py-1.5 text-sm font-medium ${filters.view === v ? "bg-brand-700 text-white" : "bg-white text-slate-800 ring-1 ring-slate-300 hover:bg-slate-100"}`}
          >
            {t(`filters.views.${v}`)}
          </Link>
        ))}
      </nav>
      <form method="get" action="/petugas/percakapan" className="mb-4 flex flex-wrap items-end gap-3 rounded-xl border border-slate-200 bg-white p-3" aria-label={t("filters.legend")}>
        {filters.view !== "all" ? <input type="hidden" name="view" value={filters.view} /> : null}
        <div>
          <label htmlFor="kind" className="block text-xs font-medium text-slate-700">{t("filters.kind")}</label>
          <select id="kind" name="kind" defaultValue={filters.kind ?? ""} className="mt-1 rounded-lg border border-slate-400 bg-white px-2 py-1.5 text-sm">
            <option value="">{t("filters.any")}</option>
            {KINDS.map((k) => <option key={k} value={k}>{t(`kind.${k}`)}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="status" className="block text-xs font-medium text-slate-700">{t("filters.status")}</label>
          <select id="status" name="status" defaultValue={filters.status ?? ""} className="mt-1 rounded-lg border border-slate-400 bg-white px-2 py-1.5 text-sm">
            <option value="">{t("filters.any")}</option>
            {STATUSES.map((s) => <option key={s} value={s}>{t(`status.${s}`)}</option>)}
          </select>
        </div>
        <div className="min-w-56 flex-1">
          <label htmlFor="q" className="block text-xs font-medium text-slate-700">{t("filters.search")}</label>
          <input id="q" name="q" type="search" defaultValue={filters.q ?? ""} placeholder={t("filters.searchPlaceholder")} className="mt-1 block w-full rounded-lg border border-slate-400 bg-white px-2 py-1.5 text-sm" />
        </div>
        <button type="submit" className="rounded-lg bg-brand-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-800">{t("filters.apply")}</button>
      </form>
      {page.rows.length === 0 ? (
        <p className="text-slate-600">{t("emptyList")}</p>
      ) : (
        <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white">
          <table className="w-full text-left text-sm">
            <thead className="bg-slate-50 text-xs uppercase text-slate-600">
              <tr>
                <th scope="col" className="px-3 py-2">{t("columns.who")}</th>
                <th scope="col" className="px-3 py-2">{t("columns.topic")}</th>
                <th scope="col" className="px-3 py-2">{t("columns.status")}</th>
                <th scope="col" className="px-3 py-2">{t("columns.sla")}</th>
                <th scope="col" className="px-3 py-2">{t("columns.assignee")}</th>
                <th scope="col" className="px-3 py-2">{t("columns.last")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200">
              {page.rows.map((r) => (
                <tr key={r.id} className={r.unread ? "bg-sky-50/60 font-semibold" : ""} data-testid="inbox-row">
                  <td className="px-3 py-2">
                    <Link href={`/petugas/percakapan/${r.id}`} data-row-link className="text-brand-700 underline focus:outline-2">
                      {who(r)}
                    </Link>
                    {r.unread ? <span className="ml-2"><Badge tone="red">{t("unread")}</Badge></span> : null}
                    {r.channel === "WHATSAPP" ? <span className="ml-2"><Badge tone="green">WA</Badge></span> : null}
                  </td>
                  <td className="px-3 py-2 font-normal">
                    <span className="text-xs text-slate-600">{t(`kind.${r.kind}`)}{r.reference ? ` · ${r.reference}` : ""}</span>
                    <div>{r.topic ?? r.subject ?? ""}</div>
                    {r.preview ? <div className="line-clamp-1 text-xs text-slate-600">{r.previewInternal ? `${t("internalPreview")}: ` : ""}{r.preview}</div> : null}
                  </td>
                  <td className="px-3 py-2 font-normal"><Badge tone={r.status === "RESOLVED" ? "green" : r.status === "PENDING" ? "amber" : "sky"}>{t(`status.${r.status}`)}</Badge></td>
                  <td className="px-3 py-2 font-normal">{r.sla ? <Badge tone={slaTone[r.sla]}>{t(`sla.${r.sla}`)}</Badge> : "—"}</td>
                  <td className="px-3 py-2 font-normal">{r.assignee ?? t("unassigned")}</td>
                  <td className="whitespace-nowrap px-3 py-2 font-normal">{format.dateTime(new Date(r.lastMessageAt), { dateStyle: "short", timeStyle: "short" })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination prevHref={page.prevCursor ? `/petugas/percakapan${query(filters, { before: page.prevCursor })}` : null} nextHref={page.nextCursor ? `/petugas/percakapan${query(filters, { after: page.nextCursor })}` : null} />
    </>
  );
}
