import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { AnswerForm } from "@/components/feedback/answer-form";
import { Badge, PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { requireActor } from "@/lib/auth";
import { listOfficeFeedback } from "@/lib/feedback/data";
import { pageHref } from "@/lib/paging/keyset";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("complaints.feedback");
  return { title: t("staffTitle") };
}

type Search = Promise<Record<string, string | string[] | undefined>>;

export default async function StaffFeedbackPage({ searchParams }: { searchParams: Search }) {
  const actor = await requireActor("feedback.answer");
  const params = await searchParams;
  const state = params.status === "answered" ? "answered" : params.status === "all" ? undefined : "open";
  const one = (v: string | string[] | undefined) => (typeof v === "string" ? v : undefined);
  // ?after / ?before like every staff list; ?halaman is the old "next page" parameter.
  const paging = { after: one(params.after) ?? one(params.halaman), before: one(params.before) };
  const [t, format, page] = await Promise.all([getTranslations("complaints.feedback"), getFormatter(), listOfficeFeedback(actor, { state, ...paging })]);
  const tabs = [
    { key: "open", label: t("open") },
    { key: "answered", label: t("answered") },
    { key: "all", label: t("all") },
  ];
  const current = state ?? "all";
  return (
    <div className="max-w-4xl">
      <PageHeader title={t("staffTitle")} description={t("staffIntro")} />
      <nav aria-label={t("staffTitle")} className="mb-4 flex gap-2">
        {tabs.map((tab) => (
          <Link
            key={tab.key}
            href={`/petugas/kritik-saran?status=${tab.key}`}
            aria-current={current === tab.key ? "page" : undefined}
            className={`rounded-lg px-3 py-1.5 text-sm font-medium ${current === tab.key ? "bg-brand-700 text-white" : "border border-slate-300 bg-white"}`}
          >
            {tab.label}
          </Link>
        ))}
      </nav>
      {page.rows.length === 0 ? <p className="text-slate-700">{t("empty")}</p> : null}
      <ul className="space-y-3">
        {page.rows.map((f) => (
          <li key={f.id} className="rounded-xl border border-slate-200 bg-white p-4">
            <p className="flex flex-wrap items-center gap-2 text-sm text-slate-600">
              <Badge tone={f.kind === "KRITIK" ? "amber" : "sky"}>{t(f.kind)}</Badge>
              {format.dateTime(f.createdAt, { dateStyle: "medium", timeStyle: "short" })} · {t("from")}: {f.sender ?? t("anonymousSender")}
            </p>
            <p className="mt-2 whitespace-pre-line">{f.message}</p>
            {f.answer ? (
              <div className="mt-3 rounded-lg bg-green-50 p-3 text-sm">
                <p className="whitespace-pre-line">{f.answer}</p>
                <p className="mt-1 text-slate-600">{t("answeredBy", { name: f.answeredBy ?? "–", date: format.dateTime(f.answeredAt!, { dateStyle: "medium" }) })}</p>
              </div>
            ) : (
              <AnswerForm id={f.id} />
            )}
          </li>
        ))}
      </ul>
      <Pagination
        prevHref={page.prev ? pageHref("/petugas/kritik-saran", { status: current }, { before: page.prev }) : null}
        nextHref={page.next ? pageHref("/petugas/kritik-saran", { status: current }, { after: page.next }) : null}
      />
    </div>
  );
}
