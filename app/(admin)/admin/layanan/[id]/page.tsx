import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { RequirementRowActions, ServiceActiveToggle } from "@/components/catalogue/admin/row-actions";
import { ServiceForm } from "@/components/catalogue/admin/service-form";
import { ButtonLink } from "@/components/ui/button";
import { Badge, Card, PageHeader } from "@/components/ui/card";
import { requireActor } from "@/lib/auth";
import { getAdminService, listOfficeUnits } from "@/lib/catalogue/data";
import { formatIdNumber } from "@/lib/format/number";

export default async function EditServicePage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor("admin.manage");
  const { id } = await params;
  const [service, units, t] = await Promise.all([getAdminService(actor, id), listOfficeUnits(actor), getTranslations("catalogue")]);
  if (!service) notFound();
  const active = service.requirements.filter((r) => r.active);
  const inactive = service.requirements.filter((r) => !r.active);
  return (
    <div className="space-y-6">
      <PageHeader
        title={service.name}
        description={service.active ? t("admin.active") : t("admin.inactive")}
        actions={
          <>
            <ButtonLink href={`/admin/layanan/${service.id}/riwayat`} variant="secondary" size="sm">{t("admin.history")}</ButtonLink>
            {service.active ? <ButtonLink href={`/layanan/${service.office.slug}/${service.slug}`} variant="secondary" size="sm">{t("admin.viewPublic")}</ButtonLink> : null}
            <ServiceActiveToggle serviceId={service.id} active={service.active} />
          </>
        }
      />
      <Card>
        <h2 className="mb-4 text-lg font-semibold">{t("admin.editTitle")}</h2>
        <ServiceForm
          serviceId={service.id}
          units={units}
          initial={{
            name: service.name, slug: service.slug, summary: service.summary, unitId: service.unitId,
            procedure: (Array.isArray(service.procedure) ? service.procedure.map(String) : []).join("\n"),
            durationValue: service.durationValue, durationUnit: service.durationUnit, feeRupiah: formatIdNumber(service.feeRupiah), product: service.product,
            complaintInfo: service.complaintInfo, legalBasis: service.legalBasis ?? "", digitalResult: service.digitalResult, requiresVerifiedAccount: service.requiresVerifiedAccount,
            subjectTargets: service.subjectTargets,
          }}
        />
      </Card>
      <Card>
        <div className="mb-3 flex items-center justify-between gap-2">
          <h2 className="text-lg font-semibold">{t("admin.requirements.title")}</h2>
          <ButtonLink href={`/admin/layanan/${service.id}/persyaratan/baru`} size="sm">{t("admin.requirements.add")}</ButtonLink>
        </div>
        {active.length === 0 ? <p>{t("admin.requirements.empty")}</p> : null}
        <ol className="divide-y divide-slate-100">
          {active.map((r, i) => (
            <li key={r.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
              <div>
                <Link href={`/admin/layanan/${service.id}/persyaratan/${r.id}`} className="font-medium text-brand-700 underline" aria-label={t("admin.requirements.edit", { label: r.label })}>
                  {i + 1}. {r.label}
                </Link>{" "}
                <Badge tone={r.kind === "DOCUMENT" ? "sky" : "slate"}>{r.kind === "DOCUMENT" ? t("standard.document") : t(`fieldTypes.${r.fieldType ?? "TEXT"}`)}</Badge>{" "}
                {!r.required ? <span className="text-sm text-slate-600">({t("standard.optional")})</span> : null}
                <span className="block font-mono text-xs text-slate-600">{r.code}</span>
              </div>
              <RequirementRowActions serviceId={service.id} requirementId={r.id} label={r.label} active first={i === 0} last={i === active.length - 1} />
            </li>
          ))}
        </ol>
        {inactive.length ? (
          <>
            <h3 className="mt-4 font-semibold">{t("admin.requirements.inactiveList")}</h3>
            <ul className="divide-y divide-slate-100">
              {inactive.map((r) => (
                <li key={r.id} className="flex flex-wrap items-center justify-between gap-2 py-2 text-slate-600">
                  <span>{r.label} <span className="font-mono text-xs">({r.code})</span></span>
                  <RequirementRowActions serviceId={service.id} requirementId={r.id} label={r.label} active={false} first last />
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </Card>
    </div>
  );
}
