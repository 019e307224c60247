import type { Metadata } from "next";
import { maskNik } from "@/lib/residents/nik";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { ConfirmReceiptForm, CancelRequestForm } from "@/components/requests/action-forms";
import { actionLabels, requestMessages } from "@/components/requests/messages";
import { RequestDocuments } from "@/components/requests/request-documents";
import { StatusBadge } from "@/components/requests/status-badge";
import { CopyShare } from "@/components/ui/copy-share";
import { Timeline } from "@/components/requests/timeline";
import { ConversationSection } from "@/components/conversations/section";
import { SentMessages } from "@/components/notifications/sent-messages";
import { RequestSurveyPrompt } from "@/components/survey/request-survey-prompt";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { FormAlert } from "@/components/ui/field";
import { requireActor } from "@/lib/auth";
import { getOwnRequest } from "@/lib/requests/data/resident";
import { fieldDisplayValue } from "@/lib/requests/fields";
import { canTransition, showsDueDate } from "@/lib/requests/workflow";
import { requestSurveyState } from "@/lib/survey/data/invitations";
import { isSubjectField } from "@/lib/requests/subject";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("common.titles");
  return { title: t("requestDetail"), robots: { index: false } };
}

export default async function RequestPage({ params, searchParams }: Props) {
  const actor = await requireActor("resident.self");
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const request = await getOwnRequest(actor, id);
  if (!request) notFound();
  const [t, format, tc] = await Promise.all([getTranslations("requests"), getFormatter(), getTranslations("common.copyShare")]);
  const [messages, surveyState] = await Promise.all([
    requestMessages(),
    request.status === "COMPLETED" ? requestSurveyState(actor, request.id) : null,
  ]);
  const labels = actionLabels(messages);
  const when = (d: Date) => `${format.dateTime(d, { dateStyle: "long", timeStyle: "short" })} WIB`;
  const office = request.service.office;
  const fields = request.service.requirements.filter((r) => r.kind === "FIELD");

  return (
    <div className="space-y-6">
      <Link href="/warga/permohonan" className="inline-flex min-h-11 items-center text-sm text-brand-700 underline">← {t("detail.back")}</Link>

      {query.terkirim && request.number ? (
        <FormAlert tone="success">
          <p className="text-base font-semibold">{t("detail.sent")}</p>
          <p>{t("detail.sentBody")}</p>
        </FormAlert>
      ) : null}

      <Card>
        <div className="flex flex-wrap items-start justify-between gap-2">
          <div>
            <p className="text-sm text-slate-600">{t("detail.number")}</p>
            <h1 className="font-mono text-2xl font-bold tracking-wider" data-testid="registration-number">{request.number ?? t("list.notSent")}</h1>
            {request.number ? (
              <div className="mt-2">
                <CopyShare value={request.number} shareText={`${request.service.name}: ${request.number}`} words={{ copy: tc("copy"), copied: tc("copied"), share: tc("share") }} />
              </div>
            ) : null}
          </div>
          <StatusBadge status={request.status} />
        </div>
        <dl className="mt-4 grid gap-3 sm:grid-cols-2">
          <div>
            <dt className="text-sm text-slate-600">{t("detail.service")}</dt>
            <dd className="font-medium">{request.service.name}</dd>
          </div>
          <div>
            <dt className="text-sm text-slate-600">{t("detail.forPerson")}</dt>
            <dd data-testid="request-for">
              {request.subjectName
                ? `${request.subjectName} (NIK ${maskNik(request.subjectNik ?? "")}, ${request.subjectRelation ?? ""})`
                : `${request.resident.fullName} (${t(`relations.${request.relation as "SELF"}`)})`}
            </dd>
          </div>
          <div>
            <dt className="text-sm text-slate-600">{t("detail.office")}</dt>
            <dd>{office.name}</dd>
          </div>
          {request.submittedAt ? (
            <div>
              <dt className="text-sm text-slate-600">{t("detail.submittedAt")}</dt>
              <dd>{when(request.submittedAt)}</dd>
            </div>
          ) : null}
          {showsDueDate(request.status, request.dueAt) ? (
            <div>
              <dt className="text-sm text-slate-600">{t("detail.dueAt")}</dt>
              <dd className="font-medium">{format.dateTime(request.dueAt, { dateStyle: "full" })}</dd>
              <dd className="text-sm text-slate-600">{request.pausedAt ? t("detail.paused") : t("detail.dueNote")}</dd>
            </div>
          ) : null}
        </dl>
      </Card>

      {request.status === "DRAFT" ? (
        <Card>
          <h2 className="text-lg font-semibold">{t("detail.draftTitle")}</h2>
          <p className="mb-3 text-slate-700">{t("detail.draftBody")}</p>
          <ButtonLink href={`/warga/permohonan/${request.id}/isi`}>{t("detail.continue")}</ButtonLink>
        </Card>
      ) : null}

      {request.status === "NEEDS_CORRECTION" ? (
        <Card className="border-amber-300 bg-amber-50">
          <h2 className="text-lg font-semibold">{t("detail.fixTitle")}</h2>
          <ul className="my-2 list-disc pl-5">
            {request.corrections.map((c, i) => {
              const r = request.service.requirements.find((x) => x.code === c.requirementCode);
              const label = isSubjectField(c.requirementCode) ? t(`start.${c.requirementCode}`) : r?.label;
              return (
                <li key={i}>
                  {label ? <strong>{label}: </strong> : null}
                  {c.message}
                </li>
              );
            })}
          </ul>
          <ButtonLink href={`/warga/permohonan/${request.id}/isi`}>{t("detail.fix")}</ButtonLink>
          {request.corrections.some((c) => isSubjectField(c.requirementCode)) ? (
            <ButtonLink variant="secondary" className="ml-2" href={`/warga/permohonan/${request.id}/untuk-siapa`}>{t("start.subjectFix")}</ButtonLink>
          ) : null}
        </Card>
      ) : null}

      {request.status === "REJECTED" ? (
        <Card className="border-red-300 bg-red-50">
          <h2 className="text-lg font-semibold">{t("detail.rejectedTitle")}</h2>
          {request.rejectReason ? <p className="mt-1">{t("detail.rejectReason", { reason: request.rejectReason })}</p> : null}
        </Card>
      ) : null}

      {request.status === "CANCELLED" ? (
        <Card>
          <h2 className="text-lg font-semibold">{t("detail.cancelled")}</h2>
        </Card>
      ) : null}

      {request.status === "COMPLETED" ? (
        <Card className="border-green-300 bg-green-50">
          <h2 className="text-lg font-semibold">{t("detail.completedTitle")}</h2>
          {request.resultFile ? (
            <p className="my-3">
              <a href={`/api/files/${request.resultFile.id}?download=1`} className="inline-flex min-h-11 items-center rounded-lg bg-brand-700 px-4 font-medium text-white">
                {t("detail.download", { name: request.resultFile.originalName })}
              </a>
            </p>
          ) : (
            <div className="my-3">
              <p className="font-medium">{t("detail.pickupTitle")}</p>
              {request.pickupNote ? <p className="whitespace-pre-line">{request.pickupNote}</p> : null}
              <p className="text-sm text-slate-700">
                {t("detail.pickupBody", { office: office.name, address: office.address, open: office.openTime, close: office.closeTime })}
              </p>
            </div>
          )}
          {request.receivedAt ? (
            <p className="font-medium text-green-900">{t("detail.receivedOn", { date: when(request.receivedAt) })}</p>
          ) : (
            <ConfirmReceiptForm requestId={request.id} labels={labels} />
          )}
        </Card>
      ) : null}

      <RequestSurveyPrompt requestId={request.id} state={surveyState} />

      {canTransition("cancel", request.status) ? <CancelRequestForm requestId={request.id} labels={labels} /> : null}

      {request.status !== "DRAFT" ? (
        <section aria-labelledby="timeline">
          <h2 id="timeline" className="mb-3 text-xl font-semibold">{t("detail.timeline")}</h2>
          <Timeline events={request.events} />
        </section>
      ) : null}
      {request.status !== "DRAFT" ? <SentMessages target={{ type: "request", id: request.id }} audience="resident" /> : null}

      {fields.length ? (
        <section aria-labelledby="data">
          <h2 id="data" className="mb-2 text-xl font-semibold">{t("detail.data")}</h2>
          <dl className="divide-y divide-slate-200 rounded-xl border border-slate-200 bg-white px-4">
            {fields.map((f) => (
              <div key={f.id} className="py-2">
                <dt className="text-sm text-slate-600">{f.label}</dt>
                <dd className="whitespace-pre-line break-words">{fieldDisplayValue(f, request.data[f.code]) ?? "—"}</dd>
              </div>
            ))}
          </dl>
        </section>
      ) : null}

      <RequestDocuments requirements={request.service.requirements} attachments={request.attachments} />

      {request.status !== "DRAFT" ? <ConversationSection actor={actor} target={{ requestId: request.id }} /> : null}
    </div>
  );
}
