import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { QueueFilterForm } from "@/components/requests/staff/queue-filters";
import { QueueTable } from "@/components/requests/staff/queue-table";
import { StaffShortcuts } from "@/components/requests/staff/staff-shortcuts";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/card";
import { FilterChips, type FilterChip } from "@/components/ui/filter-chips";
import { Pagination } from "@/components/ui/pagination";
import { requireActor } from "@/lib/auth";
import { can } from "@/lib/auth/policy";
import { getQueueOptions } from "@/lib/requests/data/staff/options";
import { countQueueSearch, listQueue } from "@/lib/requests/data/staff/queue";
import { assigneeUserId, parseQueueFilters, queueQueryString, type QueueFilters } from "@/lib/requests/staff-schema";

const dmy = (key: string) => key.split("-").reverse().join("/");

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("staff.queue"))("title") };
}

export default async function QueuePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor("request.queue");
  const t = await getTranslations("staff.queue");
  const filters = parseQueueFilters(await searchParams);
  const [page, options, found] = await Promise.all([listQueue(actor, filters), getQueueOptions(actor), countQueueSearch(actor, filters)]);
  const href = (extra: Record<string, string | undefined>) => `/petugas/permohonan${queueQueryString(filters, extra)}`;
  const without = (...keys: (keyof QueueFilters)[]) => `/petugas/permohonan${queueQueryString({ ...filters, ...Object.fromEntries(keys.map((k) => [k, undefined])) })}`;
  const staffId = assigneeUserId(filters.assignee);
  const chips: FilterChip[] = [
    ...(staffId ? [{ key: "assignee", label: t("chips.assignee", { name: options.colleagues.find((c) => c.id === staffId)?.name ?? t("assigneeOther") }), removeHref: without("assignee") }] : []),
    ...(filters.doneFrom || filters.doneTo
      ? [{ key: "done", label: t("chips.done", { from: filters.doneFrom ? dmy(filters.doneFrom) : "…", to: filters.doneTo ? dmy(filters.doneTo) : "…" }), removeHref: without("doneFrom", "doneTo", "late") }]
      : []),
    ...(filters.late ? [{ key: "late", label: t("chips.late"), removeHref: without("late") }] : []),
  ];
  const exportHref = (format: string) => `/api/backoffice/export${queueQueryString(filters, { format })}`;
  return (
    <>
      <PageHeader
        title={t("title")}
        description={can(actor.role, "request.allUnits") ? t("descriptionAll") : t("description")}
        actions={
          <>
            <StaffShortcuts page="requestQueue" />
            <ButtonLink size="sm" variant="secondary" href={exportHref("csv")} prefetch={false}>{t("exportCsv")}</ButtonLink>
            <ButtonLink size="sm" variant="secondary" href={exportHref("xlsx")} prefetch={false}>{t("exportXlsx")}</ButtonLink>
          </>
        }
      />
      <QueueFilterForm filters={filters} options={options} />
      <FilterChips chips={chips} title={t("chips.title")} removeLabel={(label) => t("chips.remove", { label })} />
      {found ? (
        <p className="mb-2 text-sm text-slate-700" role="status" data-testid="search-count">
          {t(found.capped ? "searchCountCapped" : "searchCount", { n: found.n, q: filters.q ?? "" })}
        </p>
      ) : null}
      <QueueTable rows={page.rows} colleagues={options.colleagues} userId={actor.userId} />
      <Pagination
        prevHref={page.prevCursor ? href({ before: page.prevCursor }) : null}
        nextHref={page.nextCursor ? href({ after: page.nextCursor }) : null}
      />
    </>
  );
}
