import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requestMessages, startLabels } from "@/components/requests/messages";
import { StartForm } from "@/components/requests/start-form";
import { Card, PageHeader } from "@/components/ui/card";
import { FormAlert } from "@/components/ui/field";
import { requireActor } from "@/lib/auth";
import { normaliseTargets } from "@/lib/catalogue/targets";
import { OTHER_PERSON } from "@/lib/requests/constants";
import { getSubjectEdit, listHousehold } from "@/lib/requests/data/resident";
import { OUTSIDE_KK } from "@/lib/requests/subject";

type Params = { params: Promise<{ id: string }> };

export const metadata: Metadata = { robots: { index: false } };

/** "For whom" of an existing request: another choice on a draft, or the other person's fields staff pointed at. */
export default async function RequestSubjectPage({ params }: Params) {
  const actor = await requireActor("request.apply");
  const { id } = await params;
  const request = await getSubjectEdit(actor, id);
  if (!request) notFound();
  if (!request.scope) redirect(`/warga/permohonan/${id}`);
  const [t, people, messages] = await Promise.all([getTranslations("requests.start"), listHousehold(actor), requestMessages()]);
  const self = people.find((p) => p.id === actor.residentId) ?? { id: actor.residentId ?? "", fullName: actor.name };
  const targets = normaliseTargets(request.subjectTargets);
  const household = people.filter((p) => p.id !== actor.residentId).map((p) => ({ id: p.id, fullName: p.fullName }));
  const outside = request.relation === OUTSIDE_KK;
  const correction = request.scope.mode === "correction" ? request.scope.fields : undefined;
  return (
    <div className="space-y-4">
      <PageHeader title={t("changeTitle", { service: request.serviceName })} description={correction ? t("correctionHint") : t("changeHint")} />
      {request.subjectCorrections.length ? (
        <FormAlert tone="info">
          <ul className="list-disc pl-5" data-testid="subject-corrections">
            {request.subjectCorrections.map((c, i) => (
              <li key={i}><strong>{t(c.field as "subjectName")}: </strong>{c.message} ({c.pending ? t("subjectPending") : t("subjectChanged")})</li>
            ))}
          </ul>
        </FormAlert>
      ) : null}
      <Card>
        <StartForm
          self={{ id: self.id, fullName: self.fullName }}
          household={household}
          allowed={{ self: targets.includes("SELF"), household: targets.includes("HOUSEHOLD"), other: targets.includes("OTHER") }}
          edit={{
            requestId: request.id,
            who: outside ? OTHER_PERSON : request.residentId,
            relation: outside || request.relation === "SELF" ? "" : request.relation,
            subject: request.subject,
            only: correction,
          }}
          labels={startLabels(messages)}
        />
      </Card>
      <p><a href={`/warga/permohonan/${request.id}/isi`} className="text-brand-700 underline">← {t("backToForm")}</a></p>
    </div>
  );
}
