import type { ReactNode } from "react";
import { normaliseTargets } from "@/lib/catalogue/targets";
import { getFormatter, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/card";
import type { PublicService } from "@/lib/catalogue/data";
import { acceptLabel } from "@/lib/storage/types";
import { FeeBadge } from "./fee-badge";
import { formatSizeKb } from "./format";

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="border-t border-slate-200 py-4 first:border-t-0 first:pt-0">
      <h3 id={id} className="text-base font-semibold text-slate-900">{title}</h3>
      <div className="mt-2 text-slate-800">{children}</div>
    </section>
  );
}

/** The six published components of a Standar Pelayanan (PermenPANRB 15/2014) plus the responsible unit. */
export async function ServiceStandard({ service, closeTime }: { service: PublicService; closeTime: string }) {
  const t = await getTranslations("catalogue");
  const format = await getFormatter();
  const procedure = Array.isArray(service.procedure) ? service.procedure.map(String) : [];
  return (
    <div>
      <Section id="std-requirements" title={`1. ${t("standard.requirements")}`}>
        <p className="mb-3 text-sm text-slate-600">{t("standard.requirementsHint")}</p>
        <ul className="space-y-3">
          {service.requirements.map((r) => (
            <li key={r.id} className="rounded-lg bg-slate-50 p-3">
              <div className="flex flex-wrap items-center gap-2">
                <span className="font-medium">{r.label}</span>
                <Badge tone={r.kind === "DOCUMENT" ? "sky" : "slate"}>{r.kind === "DOCUMENT" ? t("standard.document") : t("standard.dataField")}</Badge>
                {!r.required ? <span className="text-sm text-slate-600">({t("standard.optional")})</span> : null}
              </div>
              {r.description ? <p className="mt-1 text-sm text-slate-700">{r.description}</p> : null}
              {r.kind === "DOCUMENT" ? (
                <p className="mt-1 text-sm text-slate-600">{t("standard.accepts", { types: acceptLabel(r.acceptTypes), size: formatSizeKb(r.maxSizeKb) })}</p>
              ) : r.fieldType === "CHOICE" ? (
                <p className="mt-1 text-sm text-slate-600">{t("standard.options", { options: r.options.join(", ") })}</p>
              ) : null}
              {r.example ? <p className="mt-1 text-sm italic text-slate-600">{t("standard.example", { example: r.example })}</p> : null}
            </li>
          ))}
        </ul>
      </Section>
      <Section id="std-procedure" title={`2. ${t("standard.procedure")}`}>
        <ol className="list-decimal space-y-1 pl-5">
          {procedure.map((step, i) => (
            <li key={i}>{step}</li>
          ))}
        </ol>
      </Section>
      <Section id="std-duration" title={`3. ${t("standard.duration")}`}>
        <p className="font-semibold">{t(`duration.${service.durationUnit}`, { value: service.durationValue })}</p>
        <p className="mt-1 text-sm text-slate-600">
          {service.durationUnit === "WORKING_DAYS" ? t("standard.durationNote", { close: closeTime }) : t("standard.durationCounter")}
        </p>
      </Section>
      <Section id="std-fee" title={`4. ${t("standard.fee")}`}>
        <FeeBadge fee={service.feeRupiah} />
      </Section>
      <Section id="std-product" title={`5. ${t("standard.product")}`}>
        <p>{service.product}</p>
        <p className="mt-1 text-sm text-slate-600">{service.digitalResult ? t("standard.resultDigital") : t("standard.resultPickup")}</p>
        {service.requiresVerifiedAccount ? <p className="mt-1 text-sm text-slate-600">{t("standard.verifiedOnly")}</p> : null}
        <p className="mt-1 text-sm text-slate-600" data-testid="std-targets">
          {t("standard.targetsTitle")}: {normaliseTargets(service.subjectTargets).map((target) => t(`standard.targets.${target}`)).join("; ")}
        </p>
      </Section>
      <Section id="std-complaints" title={`6. ${t("standard.complaints")}`}>
        <p>{service.complaintInfo}</p>
      </Section>
      <Section id="std-unit" title={t("standard.unit")}>
        <p>{service.unit.name}, {service.office.name}</p>
      </Section>
      {service.legalBasis ? (
        <Section id="std-legal" title={t("standard.legalBasis")}>
          <p className="text-sm">{service.legalBasis}</p>
        </Section>
      ) : null}
      <p className="mt-2 text-sm text-slate-600">{t("standard.lastUpdated", { date: format.dateTime(service.updatedAt, { dateStyle: "long" }) })}</p>
    </div>
  );
}
