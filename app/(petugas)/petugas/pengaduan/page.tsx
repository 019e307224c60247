import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ComplaintQueueFilters } from "@/components/complaints/queue-filters";
import { ComplaintQueueTable } from "@/components/complaints/queue-table";
import { StaffShortcuts } from "@/components/requests/staff/staff-shortcuts";
import { ButtonLink, buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { requireActor } from "@/lib/auth";
import { jakartaDateKey } from "@/lib/calendar/working-days";
import { listOfficeCategories } from "@/lib/complaints/data/categories";
import { listComplaintQueue, listOfficeUnits, officeStaffName } from "@/lib/complaints/data/staff";
import { FilterChips } from "@/components/ui/filter-chips";
import { filtersToQuery, parseQueueFilters } from "@/lib/complaints/filters";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("complaints.staff");
  return { title: t("queueTitle") };
}

type Search = Promise<Record<string, string | string[] | undefined>>;

export default async function ComplaintQueuePage({ searchParams }: { searchParams: Search }) {
  const actor = await requireActor("complaint.handle");
  const filters = parseQueueFilters(await searchParams);
  const [t, page, categories, units, handlerName] = await Promise.all([
    getTranslations("complaints.staff"),
    listComplaintQueue(actor, filters),
    listOfficeCategories(actor.officeId, true),
    listOfficeUnits(actor),
    filters.handler ? officeStaffName(actor, filters.handler) : null,
  ]);
  const chips = filters.handler
    ? [{ key: "handler", label: t("chips.handler", { name: handlerName ?? t("chips.someone") }), removeHref: `/petugas/pengaduan?${filtersToQuery({ ...filters, handler: undefined })}` }]
    : [];
  const href = (cursor: { after?: string; before?: string }) => `/petugas/pengaduan?${filtersToQuery(filters, cursor)}`;
  const exportHref = (format: "csv" | "xlsx", extra: Record<string, string> = {}) => `/api/complaints/export?${filtersToQuery(filters, { format, ...extra })}`;
  const today = jakartaDateKey(new Date());
  return (
    <div>
      <PageHeader
        title={t("queueTitle")}
        description={t("queueIntro")}
        actions={
          <>
            <StaffShortcuts page="complaintQueue" />
            <ButtonLink href="/petugas/pengaduan/baru" size="sm">{t("walkIn")}</ButtonLink>
            <a href={exportHref("csv")} className={buttonClass({ size: "sm", variant: "secondary" })}>{t("exportCsv")}</a>
            <a href={exportHref("xlsx")} className={buttonClass({ size: "sm", variant: "secondary" })}>{t("exportXlsx")}</a>
            <a href={`/api/complaints/export?format=xlsx&from=${today}&to=${today}`} className={buttonClass({ size: "sm", variant: "secondary" })}>{t("dailyExport")}</a>
          </>
        }
      />
      <ComplaintQueueFilters filters={filters} categories={categories.map((c) => ({ id: c.id, name: c.name }))} units={units} />
      <FilterChips chips={chips} title={t("chips.title")} removeLabel={(label) => t("chips.remove", { label })} />
      <ComplaintQueueTable rows={page.rows} />
      <Pagination prevHref={page.prevCursor ? href({ before: page.prevCursor }) : null} nextHref={page.nextCursor ? href({ after: page.nextCursor }) : null} />
    </div>
  );
}
