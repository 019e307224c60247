import type { Metadata } from "next";
import { maskNik } from "@/lib/residents/nik";
import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { DiscardDraftForm } from "@/components/requests/discard-draft-form";
import { ApplyForm } from "@/components/requests/apply-form";
import { actionLabels, applyLabels, requestMessages } from "@/components/requests/messages";
import type { CurrentFile } from "@/components/requests/upload-slot";
import { PageHeader } from "@/components/ui/card";
import { FormAlert } from "@/components/ui/field";
import { isSubjectField } from "@/lib/requests/subject";
import { requireActor } from "@/lib/auth";
import { dataSaverOn } from "@/lib/http/data-saver";
import { getOwnRequest } from "@/lib/requests/data/resident";
import { fieldInputValue } from "@/lib/requests/fields";

type Params = { params: Promise<{ id: string }> };

export const metadata: Metadata = { robots: { index: false } };

export default async function ApplyFormPage({ params }: Params) {
  const actor = await requireActor("request.apply");
  const { id } = await params;
  const request = await getOwnRequest(actor, id);
  if (!request) notFound();
  if (request.status !== "DRAFT" && request.status !== "NEEDS_CORRECTION") redirect(`/warga/permohonan/${id}`);
  const t = await getTranslations("requests");
  const [messages, dataSaver] = await Promise.all([requestMessages(), dataSaverOn()]);

  const requirements = request.service.requirements;
  // Notes on the other person's name, NIK or relation are fixed on the for-whom page, not in the form.
  const subjectCorrections = request.corrections.filter((c) => isSubjectField(c.requirementCode));
  const currentFiles: Record<string, CurrentFile> = {};
  for (const a of request.attachments.filter((a) => a.current)) {
    currentFiles[a.requirementId] = { attachmentId: a.id, fileId: a.file.id, originalName: a.file.originalName, size: a.file.size, mime: a.file.mime };
  }

  return (
    <div className="space-y-4">
      <PageHeader
        title={t("form.title", { service: request.service.name })}
        description={
          request.subjectName
            ? t("form.forOther", { name: request.subjectName, nik: maskNik(request.subjectNik ?? ""), relation: request.subjectRelation ?? "" })
            : t("form.forPerson", { name: request.resident.fullName, relation: t(`relations.${request.relation as "SELF"}`) })
        }
      />
      {request.status === "DRAFT" ? (
        <p className="-mt-2 text-sm"><a href={`/warga/permohonan/${request.id}/untuk-siapa`} className="text-brand-700 underline">{t("start.change")}</a></p>
      ) : subjectCorrections.length ? (
        <FormAlert tone="info">
          <p className="font-semibold">{t("start.subjectFixTitle")}</p>
          <ul className="mt-1 list-disc pl-5">
            {subjectCorrections.map((c, i) => <li key={i}><strong>{t(`start.${c.requirementCode as "subjectName"}`)}: </strong>{c.message}</li>)}
          </ul>
          <a href={`/warga/permohonan/${request.id}/untuk-siapa`} className="mt-1 inline-block font-semibold text-brand-700 underline">{t("start.subjectFix")}</a>
        </FormAlert>
      ) : null}
      <ApplyForm
        requestId={request.id}
        mode={request.status === "DRAFT" ? "draft" : "correction"}
        fields={requirements
          .filter((r) => r.kind === "FIELD")
          .map((r) => ({ id: r.id, code: r.code, label: r.label, description: r.description, required: r.required, fieldType: r.fieldType, options: r.options, example: r.example }))}
        documents={requirements
          .filter((r) => r.kind === "DOCUMENT")
          .map((r) => ({ id: r.id, code: r.code, label: r.label, description: r.description, example: r.example, required: r.required, acceptTypes: r.acceptTypes, maxSizeKb: r.maxSizeKb }))}
        initialValues={Object.fromEntries(requirements.filter((r) => r.kind === "FIELD").map((r) => [r.code, fieldInputValue(r, request.data[r.code])]))}
        initialFiles={currentFiles}
        corrections={request.corrections.filter((c) => !isSubjectField(c.requirementCode)).map((c) => ({ requirementCode: c.requirementCode ?? null, message: c.message }))}
        replaced={request.replacedDocuments}
        labels={applyLabels(messages)}
        dataSaver={dataSaver}
      />
      {request.status === "DRAFT" ? (
        <div className="border-t border-slate-200 pt-4">
          <DiscardDraftForm requestId={request.id} labels={actionLabels(messages)} />
        </div>
      ) : null}
    </div>
  );
}
