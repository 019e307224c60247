import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requestMessages, startLabels } from "@/components/requests/messages";
import { StartForm } from "@/components/requests/start-form";
import { Card, PageHeader } from "@/components/ui/card";
import { requireActor } from "@/lib/auth";
import { normaliseTargets } from "@/lib/catalogue/targets";
import { getServiceForApply, listHousehold } from "@/lib/requests/data/resident";

type Params = { params: Promise<{ serviceId: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const service = await getServiceForApply((await params).serviceId);
  const t = await getTranslations("requests.start");
  return { title: service ? t("title", { service: service.name }) : undefined };
}

export default async function StartRequestPage({ params }: Params) {
  const actor = await requireActor("request.apply");
  const service = await getServiceForApply((await params).serviceId);
  if (!service) notFound();
  const [t, people] = await Promise.all([getTranslations("requests.start"), listHousehold(actor)]);
  const self = people.find((p) => p.id === actor.residentId) ?? { id: actor.residentId ?? "", fullName: actor.name };
  const targets = normaliseTargets(service.subjectTargets);
  const household = people.filter((p) => p.id !== actor.residentId).map((p) => ({ id: p.id, fullName: p.fullName }));
  return (
    <div className="space-y-6">
      <PageHeader title={t("title", { service: service.name })} description={t("office", { office: service.office.name })} />
      <Card>
        <h2 className="text-base font-semibold">{t("prepare")}</h2>
        <p className="text-sm text-slate-600">{t("prepareHint")}</p>
        <ul className="mt-2 list-disc space-y-1 pl-5">
          {service.requirements.filter((r) => r.kind === "DOCUMENT").map((r) => (
            <li key={r.id}>{r.label}</li>
          ))}
        </ul>
        <p className="mt-3 text-sm text-slate-700">{t("autosave")}</p>
      </Card>
      <Card>
        <StartForm
          serviceId={service.id}
          self={{ id: self.id, fullName: self.fullName }}
          household={household}
          allowed={{ self: targets.includes("SELF"), household: targets.includes("HOUSEHOLD"), other: targets.includes("OTHER") }}
          labels={startLabels(await requestMessages())}
        />
      </Card>
    </div>
  );
}
