import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { SlaBadge, StatusBadge } from "@/components/requests/staff/badges";
import { StaffNewsPanel } from "@/components/news/staff-news";
import { ButtonLink } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { requireActor } from "@/lib/auth";
import { getStaffHome } from "@/lib/requests/data/staff/home";
import { complaintHomeCounts } from "@/lib/complaints/data/staff";
import { filtersToQuery } from "@/lib/complaints/filters";
import { queueQueryString } from "@/lib/requests/staff-schema";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("staff.home"))("title") };
}

const tones = { overdue: "border-red-300 bg-red-50", dueSoon: "border-amber-300 bg-amber-50", paused: "border-sky-300 bg-sky-50", unassigned: "border-slate-300 bg-white", mine: "border-brand-100 bg-brand-50" } as const;

export default async function StaffHomePage() {
  const actor = await requireActor("request.queue");
  const t = await getTranslations("staff");
  const format = await getFormatter();
  const [home, complaints] = await Promise.all([getStaffHome(actor), complaintHomeCounts(actor)]);
  const keys = ["overdue", "dueSoon", "paused", "unassigned", "mine"] as const;
  return (
    <>
      <PageHeader
        title={t("home.title")}
        description={t("home.greeting", { name: actor.name })}
        actions={
          <>
            <ButtonLink size="sm" href="/petugas/permohonan">{t("home.openQueue")}</ButtonLink>
            <ButtonLink size="sm" variant="secondary" href="/petugas/permohonan/baru">{t("home.walkIn")}</ButtonLink>
          </>
        }
      />
      <section aria-labelledby="counters-h" className="mb-6">
        <h2 id="counters-h" className="sr-only">{t("home.counters")}</h2>
        <ul className="grid grid-cols-2 gap-3 md:grid-cols-5">
          {keys.map((key) => (
            <li key={key}>
              <Link href={`/petugas/permohonan${queueQueryString(home.views[key])}`} className={`block rounded-lg border p-3 hover:shadow ${tones[key]}`} data-testid={`count-${key}`}>
                <span className="block text-3xl font-bold">{home.counts[key]}</span>
                <span className="text-sm">{t(`home.${key}`)}</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>
      {complaints ? (
        <section aria-labelledby="complaint-counters-h" className="mb-6">
          <h2 id="complaint-counters-h" className="mb-2 text-lg font-semibold">{t("home.complaintCounters")}</h2>
          <ul className="grid grid-cols-2 gap-3 md:grid-cols-5">
            {(["disposedToMe", "dueSoonMine"] as const).map((key) => (
              <li key={key}>
                <Link href={`/petugas/pengaduan?${filtersToQuery(complaints.views[key])}`} className={`block rounded-lg border p-3 hover:shadow ${key === "dueSoonMine" ? tones.dueSoon : tones.mine}`} data-testid={`complaints-${key}`}>
                  <span className="block text-3xl font-bold">{complaints.counts[key]}</span>
                  <span className="text-sm">{t(`home.${key}`)}</span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <StaffNewsPanel actor={actor} />
      <Card>
        <div className="mb-3 flex items-center justify-between">
          <h2 className="text-lg font-semibold">{t("home.myWork")}</h2>
          <Link className="text-sm text-brand-700 underline" href={`/petugas/permohonan${queueQueryString({ assignee: "me", sort: "due_asc" })}`}>{t("home.seeAll")}</Link>
        </div>
        {home.myWork.length === 0 ? <p className="text-sm text-slate-600">{t("home.noWork")}</p> : (
          <ul className="divide-y divide-slate-100 text-sm">
            {home.myWork.map((row) => (
              <li key={row.id} className="flex flex-wrap items-center gap-x-3 gap-y-1 py-2">
                <Link href={`/petugas/permohonan/${row.id}`} className="font-mono text-brand-700 underline">{row.number}</Link>
                <span className="flex-1">{row.serviceName} · {row.residentName}</span>
                <span className="text-slate-600">{row.dueAt ? format.dateTime(row.dueAt, { dateStyle: "medium", timeStyle: "short" }) : "—"}</span>
                <SlaBadge state={row.sla} />
                <StatusBadge status={row.status} />
              </li>
            ))}
          </ul>
        )}
      </Card>
    </>
  );
}
