import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ChartCard } from "@/components/dashboard/chart-card";
import { KpiGrid } from "@/components/dashboard/kpi-grid";
import { PeriodFilter } from "@/components/dashboard/period-filter";
import { ProfileBars } from "@/components/dashboard/profile-bars";
import { StaffNewsPanel } from "@/components/news/staff-news";
import { QueueStats } from "@/components/antrian/queue-stats";
import { IkmBadge } from "@/components/survey/ikm-badge";
import { queueStatsAll } from "@/lib/antrian/data/stats";
import { jakartaDateKey } from "@/lib/calendar/working-days";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/card";
import { requireActor } from "@/lib/auth";
import { dashboardData } from "@/lib/dashboard/data/overview";
import { buildDatasets, type ChartKey } from "@/lib/dashboard/datasets";
import { periodBounds, periodLabel } from "@/lib/dashboard/period";
import { officeComparison } from "@/lib/dashboard/data/comparison";
import { decodeStaffCursor, staffWorkload } from "@/lib/dashboard/data/staff";
import { OfficeComparison } from "@/components/dashboard/office-comparison";
import { StaffWorkload } from "@/components/dashboard/staff-workload";
import { comparedOffices, queryString, resolveDashboardQuery, type SearchParams } from "@/lib/dashboard/query";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("dashboard");
  return { title: t("title") };
}

/** Supervisor dashboard: SKM results, request performance and complaints for a period and filter. */
export default async function Page({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireActor("dashboard.view");
  const params = await searchParams;
  const q = await resolveDashboardQuery(actor, params);
  if (!q) notFound();
  const ownOffice = q.office.id === actor.officeId;
  // The Camat on his own kecamatan: the kelurahan side by side with the kecamatan total.
  const compared = comparedOffices(q);
  const [t, tRoot, locale] = await Promise.all([getTranslations("dashboard"), getTranslations(), getLocale()]);
  const bounds = periodBounds(q.period);
  const staffAfter = typeof params.staf === "string" ? params.staf : null;
  const [data, queue, comparison, staff] = await Promise.all([
    dashboardData({ officeId: q.office.id, period: q.period, serviceId: q.serviceId, unitId: q.unitId }),
    queueStatsAll(q.office.id, jakartaDateKey(bounds.start), jakartaDateKey(bounds.end)),
    compared ? officeComparison(compared, q.period) : null,
    // Staff names and their load only for the office's own supervisors and admins, not across offices.
    ownOffice ? staffWorkload({ officeId: q.office.id, ...bounds, serviceId: q.serviceId, unitId: q.unitId }, new Date(), decodeStaffCursor(staffAfter)) : null,
  ]);
  // Figures with a queue behind them open the staff queue filtered to what they count (own office only:
  // the queues show the signed-in person's office). Parameters are those the queue pages read.
  const first = jakartaDateKey(bounds.start);
  const last = jakartaDateKey(new Date(bounds.end.getTime() - 1));
  const requestQueue = (extra: Record<string, string>) => {
    const p = new URLSearchParams(extra);
    if (q.serviceId) p.set("service", q.serviceId);
    if (q.unitId) p.set("unit", q.unitId);
    return `/petugas/permohonan?${p.toString()}`;
  };
  const links = ownOffice
    ? {
        received: requestQueue({ status: "all", from: first, to: last }),
        completed: requestQueue({ status: "COMPLETED", doneFrom: first, doneTo: last }),
        openOverdue: requestQueue({ sla: "OVERDUE" }),
        complaints: `/petugas/pengaduan?${new URLSearchParams({ from: first, to: last, ...(q.unitId ? { unit: q.unitId } : {}) }).toString()}`,
      }
    : null;
  const sets = buildDatasets(data, (key, values) => tRoot(key, values), locale);
  const href = (chart: ChartKey) => `/api/dashboard/export?${queryString(q, { chart })}`;
  const pct = (v: number | null) => (v === null ? "—" : `${v.toLocaleString(locale)}%`);
  const num = (v: number | null) => (v === null ? "—" : v.toLocaleString(locale));
  const { survey, requests, complaints, sample } = data;

  return (
    <>
      <PageHeader
        title={t("title")}
        description={`${q.office.name} · ${periodLabel(q.period, locale)}`}
        actions={<ButtonLink href={`/pimpinan/skm?${queryString({ ...q, serviceId: null, unitId: null })}`} variant="secondary">{t("toReport")}</ButtonLink>}
      />
      <StaffNewsPanel actor={actor} />
      <PeriodFilter action="/pimpinan" period={q.period.key} services={q.services} units={q.units} offices={q.offices} selected={{ officeId: q.office.id, serviceId: q.serviceId, unitId: q.unitId }} />

      <KpiGrid
        label={t("kpi.label")}
        columns="grid-cols-2 md:grid-cols-4"
        items={[
          { label: t("kpi.ikm"), value: survey.ikm === null ? "—" : survey.ikm.toFixed(2), hint: <IkmBadge category={survey.category} />, testId: "kpi-ikm", definition: t("kpi.def.ikm") },
          {
            label: t("kpi.respondents"), value: num(survey.respondents), testId: "kpi-respondents",
            // More answers than services delivered: the sample cannot be the served population (issue 17).
            ...(survey.respondents > sample.delivered
              ? { tone: "warn" as const, hint: t("kpi.sampleExceeds", { n: survey.respondents, delivered: sample.delivered }) }
              : { hint: t("kpi.sampleHint", { target: sample.target, delivered: sample.delivered }) }),
            definition: t("kpi.def.respondents"),
          },
          { label: t("kpi.sla"), value: pct(requests.slaCompliance), hint: t("kpi.slaHint", { n: requests.completed }), definition: t("kpi.def.sla"),
            ...(links ? { href: links.completed, linkLabel: t("openQueue", { what: t("kpi.completedList") }) } : {}) },
          {
            label: t("kpi.openOverdue"), value: num(requests.openOverdue), testId: "kpi-open-overdue", hint: t("kpi.openOverdueHint", { n: requests.backlog }),
            ...(links ? { href: links.openOverdue, linkLabel: t("openQueue", { what: t("kpi.openOverdue") }) } : {}),
            ...(requests.openOverdue > 0 ? { tone: "warn" as const } : {}), definition: t("kpi.def.openOverdue"),
          },
          { label: t("kpi.median"), value: num(requests.medianDays), hint: t("kpi.p90Hint", { p90: num(requests.p90Days) }), definition: t("kpi.def.median") },
          { label: t("kpi.correction"), value: pct(requests.correctionRate), hint: t("kpi.correctionHint", { n: requests.corrected, total: requests.submitted }), definition: t("kpi.def.correction") },
          { label: t("kpi.complaints"), value: num(complaints.received), hint: t("kpi.complaintsHint", { closed: pct(complaints.closedRate), followUp: pct(complaints.followUpRate) }), definition: t("kpi.def.complaints"),
            ...(links ? { href: links.complaints, linkLabel: t("openQueue", { what: t("kpi.complaints") }) } : {}) },
          { label: t("kpi.submitted"), value: num(requests.submitted), testId: "kpi-submitted", hint: t("kpi.submittedHint", { n: requests.completed }), definition: t("kpi.def.submitted"),
            ...(links ? { href: links.received, linkLabel: t("openQueue", { what: t("kpi.submitted") }) } : {}) },
        ]}
      />

      {comparison?.total ? (
        <OfficeComparison
          rows={comparison.rows}
          total={comparison.total}
          periodKey={q.period.key}
          ownOfficeId={actor.officeId}
          queueLinks={links ?? { received: "", completed: "", openOverdue: "", complaints: "" }}
          csvHref={`/api/dashboard/export?${queryString(q, { table: "comparison" })}`}
        />
      ) : null}

      {staff ? (
        <StaffWorkload
          rows={staff.rows}
          nextHref={staff.next ? `/pimpinan?${queryString(q, { staf: staff.next })}#staff-workload` : null}
          firstHref={staffAfter ? `/pimpinan?${queryString(q)}#staff-workload` : null}
          overdueHref={links?.openOverdue ?? "/petugas/permohonan?sla=OVERDUE"}
          csvHref={`/api/dashboard/export?${queryString(q, { table: "staff" })}`}
          // Each staff member's figures open the queue filtered to that person and to what the figure counts.
          rowLinks={(userId) => ({
            name: requestQueue({ assignee: userId }),
            openAssigned: requestQueue({ assignee: userId }),
            completed: requestQueue({ assignee: userId, status: "COMPLETED", doneFrom: first, doneTo: last }),
            completedLate: requestQueue({ assignee: userId, status: "COMPLETED", doneFrom: first, doneTo: last, late: "1" }),
            openOverdue: requestQueue({ assignee: userId, sla: "OVERDUE" }),
            complaints: `/petugas/pengaduan?${new URLSearchParams({ handler: userId, from: first, to: last }).toString()}`,
          })}
        />
      ) : null}

      <h2 className="mt-8 text-xl font-semibold">{t("sections.survey")}</h2>
      <div className="mt-3 grid gap-4 lg:grid-cols-2">
        <ChartCard dataset={sets.nrr} exportHref={href("nrr")} />
        <ChartCard dataset={sets.trend} exportHref={href("trend")} />
        <ChartCard dataset={sets.profile} exportHref={href("profile")}>
          <ProfileBars dataset={sets.profile} />
        </ChartCard>
        <ChartCard dataset={sets.summary} exportHref={href("summary")} tableOpen />
      </div>

      <h2 className="mt-8 text-xl font-semibold">{t("sections.requests")}</h2>
      <div className="mt-3 grid gap-4 lg:grid-cols-2">
        <ChartCard dataset={sets.requestStatus} exportHref={href("requestStatus")} />
        <ChartCard dataset={sets.requestService} exportHref={href("requestService")} />
        <ChartCard dataset={sets.channel} exportHref={href("channel")} />
        <ChartCard dataset={sets.aging} exportHref={href("aging")} note={<p className="text-sm text-slate-600">{t("agingNote", { n: requests.backlog })}</p>} />
      </div>

      <h2 className="mt-8 text-xl font-semibold">{t("sections.complaints")}</h2>
      <div className="mt-3 grid gap-4 lg:grid-cols-2">
        <ChartCard
          dataset={sets.complaintCategory}
          exportHref={href("complaintCategory")}
          note={q.serviceId ? <p className="text-sm text-amber-800">{t("complaintServiceNote")}</p> : null}
        />
        <ChartCard dataset={sets.complaintChannel} exportHref={href("complaintChannel")} />
        <KpiGrid
          label={t("sections.complaints")}
          columns="grid-cols-2 sm:grid-cols-3"
          items={[
            { label: t("kpi.complaints"), value: num(complaints.received) },
            { label: t("kpi.closed"), value: pct(complaints.closedRate), hint: t("kpi.closedHint", { n: complaints.closed }) },
            { label: t("kpi.followUp"), value: pct(complaints.followUpRate), hint: t("kpi.followUpHint", { n: complaints.followedUpInTime }) },
          ]}
        />
      </div>

      <QueueStats data={queue} csvHref={(by) => `/api/antrian/statistik?${queryString(q, { by })}`} />
    </>
  );
}
