import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { SlaBadge, StatusBadge } from "@/components/requests/staff/badges";
import { NoteForm } from "@/components/requests/staff/note-form";
import { RequestActions } from "@/components/requests/staff/request-actions";
import { RequestFacts } from "@/components/requests/staff/request-facts";
import { StaffShortcuts } from "@/components/requests/staff/staff-shortcuts";
import { Timeline } from "@/components/requests/staff/timeline";
import { RequestLetters } from "@/components/letters/request-letters";
import { hasTemplate } from "@/lib/letters/data/letters";
import { SentMessages } from "@/components/notifications/sent-messages";
import { ButtonLink } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { requireActor } from "@/lib/auth";
import { ConversationSection } from "@/components/conversations/section";
import { getRequestForStaff, listAssignees, nextOpenRequestId } from "@/lib/requests/data/staff/detail";
import { maskNik } from "@/lib/residents/nik";
import { isSubjectField, OUTSIDE_KK, SUBJECT_FIELDS, type SubjectField } from "@/lib/requests/subject";
import { canCompleteOnSpot, canHandOver, isOpenStatus } from "@/lib/requests/workflow";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("common.titles");
  return { title: t("requestDetail"), robots: { index: false } };
}

const dt = "text-xs font-medium uppercase tracking-wide text-slate-600";

export default async function StaffRequestPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor("request.queue");
  const request = await getRequestForStaff(actor, id);
  if (!request) notFound();
  const t = await getTranslations("staff");
  const format = await getFormatter();
  const [assignees, nextId] = request.mayAct ? await Promise.all([listAssignees(actor, request.unitId), nextOpenRequestId(actor, request.id)]) : [[], null];
  const nextHref = nextId ? `/petugas/permohonan/${nextId}` : null;
  const when = (d: Date | null) => (d ? format.dateTime(d, { dateStyle: "medium", timeStyle: "short" }) : "—");
  const open = isOpenStatus(request.status);
  const subjectLabel = (f: SubjectField) => `${t("detail.subject")}: ${t(`detail.${f}`)}`;

  return (
    <>
      <p className="mb-2 text-sm"><Link href="/petugas/permohonan" data-shortcut="u" className="text-brand-700 underline">← {t("detail.back")}</Link></p>
      <PageHeader
        title={<span className="font-mono">{request.number}</span>}
        description={request.service.name}
        actions={
          <>
            <StaffShortcuts page="request" />
            <ButtonLink size="sm" variant="secondary" href={`/petugas/permohonan/${request.id}/tanda-terima`}>{t("detail.receipt")}</ButtonLink>
            {nextHref ? <ButtonLink size="sm" variant="secondary" href={nextHref} data-shortcut="j">{t("actions.nextRequest")}</ButtonLink> : null}
          </>
        }
      />
      <div className="grid gap-4 lg:grid-cols-[1fr_22rem]">
        <div className="space-y-4">
          <Card>
            <div className="mb-3 flex flex-wrap items-center gap-2">
              <span data-testid="request-status"><StatusBadge status={request.status} /></span>
              <SlaBadge state={request.sla} />
              {request.pausedAt ? <span className="text-sm text-slate-700">{t("detail.pausedSince", { date: when(request.pausedAt) })}</span> : null}
            </div>
            <dl className="grid grid-cols-2 gap-x-6 gap-y-2 text-sm md:grid-cols-3">
              <div><dt className={dt}>{t("detail.submittedAt")}</dt><dd>{when(request.submittedAt)}</dd></div>
              <div><dt className={dt}>{t("detail.dueAt")}</dt><dd>{when(request.dueAt)}</dd></div>
              {request.completedAt ? <div><dt className={dt}>{t("detail.completedAt")}</dt><dd>{when(request.completedAt)}</dd></div> : null}
              <div><dt className={dt}>{t("detail.unit")}</dt><dd>{request.unit.name}</dd></div>
              <div><dt className={dt}>{t("detail.assignee")}</dt><dd>{request.assignee?.name ?? t("detail.nobody")}</dd></div>
              <div><dt className={dt}>{t("detail.channel")}</dt><dd>{t(`channel.${request.channel}`)}</dd></div>
              {request.servicePoint ? <div><dt className={dt}>{t("detail.servicePoint")}</dt><dd>{request.servicePoint.name}</dd></div> : null}
              {request.enteredBy ? <div><dt className={dt}>{t("detail.enteredBy")}</dt><dd>{request.enteredBy.name}</dd></div> : null}
              {request.applicant ? <div><dt className={dt}>{t("detail.applicant")}</dt><dd>{request.applicant.name}</dd></div> : null}
              <div><dt className={dt}>{t("detail.relation")}</dt><dd>{t.has(`detail.relations.${request.relation}`) ? t(`detail.relations.${request.relation}`) : request.relation}</dd></div>
            </dl>
            {request.corrections.length && request.status === "NEEDS_CORRECTION" ? (
              <div className="mt-3 rounded-md bg-amber-50 p-3 text-sm">
                <p className="font-semibold">{t("detail.corrections")}</p>
                <ul className="ml-4 list-disc">
                  {request.corrections.map((c, i) => (
                    <li key={i}>{c.requirementCode ? `${isSubjectField(c.requirementCode) ? subjectLabel(c.requirementCode) : (request.service.requirements.find((r) => r.code === c.requirementCode)?.label ?? c.requirementCode)}: ` : ""}{c.message}</li>
                  ))}
                </ul>
              </div>
            ) : null}
            {request.status === "COMPLETED" ? (
              <div className="mt-3 rounded-md bg-green-50 p-3 text-sm">
                <p className="font-semibold">{t("detail.result")}</p>
                {request.resultFile ? (
                  <a href={`/api/files/${request.resultFile.id}`} className="text-brand-700 underline">{request.resultFile.originalName}</a>
                ) : null}
                {request.pickupNote ? <p>{t("detail.pickup")}: {request.pickupNote}</p> : null}
                {request.collectedAt ? (
                  <p data-testid="collected">
                    {t("detail.collected", {
                      date: when(request.collectedAt),
                      name: request.collectorName ?? "—",
                      nik: request.collectorNik ? maskNik(request.collectorNik) : "—",
                      staff: request.handedOverBy?.name ?? "—",
                    })}
                  </p>
                ) : request.resultFile ? null : <p className="text-amber-800">{t("detail.notCollected")}</p>}
              </div>
            ) : null}
            {request.rejectReason ? <p className="mt-3 rounded-md bg-red-50 p-3 text-sm">{t("detail.rejectReason")}: {request.rejectReason}</p> : null}
          </Card>
          <RequestFacts request={request} />
          <RequestLetters actor={actor} requestId={request.id} />
          <Card>
            <h2 className="mb-3 text-lg font-semibold">{t("detail.timeline")}</h2>
            <Timeline events={request.timeline} />
          </Card>
          <ConversationSection actor={actor} target={{ requestId: request.id }} />
          <SentMessages target={{ type: "request", id: request.id }} audience="staff" />
        </div>
        <aside className="space-y-4" aria-label={t("actions.title")}>
          {request.mayAct ? (
            <>
              <RequestActions
                id={request.id}
                version={request.version}
                actions={request.actions}
                assigneeId={request.assigneeId}
                assignees={assignees.map((a) => ({ id: a.id, name: a.name }))}
                userId={actor.userId}
                open={open}
                letterTemplate={await hasTemplate(actor, request.service.id)}
                onSpot={canCompleteOnSpot(request)}
                // A result delivered as a file is downloaded, not collected at the desk.
                handover={canHandOver(request) && !request.resultFile}
                nextHref={nextHref}
                requirements={[
                  ...request.service.requirements.filter((r) => r.kind === "DOCUMENT" || r.kind === "FIELD").map((r) => ({ code: r.code, label: r.label })),
                  // The other person's fields, for a request about someone outside the KK (issue 17).
                  ...(request.relation === OUTSIDE_KK ? SUBJECT_FIELDS.map((f) => ({ code: f, label: subjectLabel(f) })) : []),
                ]}
              />
              <Card>
                <h2 className="mb-2 font-semibold">{t("actions.note")}</h2>
                <NoteForm target={{ id: request.id, version: request.version }} />
              </Card>
            </>
          ) : (
            <p className="rounded-lg bg-slate-100 p-3 text-sm">{t("detail.readOnly")}</p>
          )}
        </aside>
      </div>
    </>
  );
}
