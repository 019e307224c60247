"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useFormContext, useWatch } from "react-hook-form";
import { Card } from "@/components/ui/card";
import { Field, Input } from "@/components/ui/field";
import { normaliseTargets } from "@/lib/catalogue/targets";
import { SUBJECT_RELATION_SUGGESTIONS } from "@/lib/requests/subject";
import { useErrorText } from "./use-error-text";
import type { WalkInFormValues } from "./walk-in-form";
import type { WalkInServiceOption } from "./walk-in-service-fields";

/**
 * "For another person" at the desk (issue 17), shown when the chosen service allows it: the
 * resident at the counter applies, the request is about the person named here. Forced on for a
 * service that is never for the applicant (a death certificate).
 */
export function WalkInSubject({ services }: { services: WalkInServiceOption[] }) {
  const t = useTranslations("staff.walkIn");
  const errorText = useErrorText();
  const form = useFormContext<WalkInFormValues>();
  const serviceId = useWatch({ control: form.control, name: "serviceId" });
  const service = services.find((s) => s.id === serviceId);
  const [chosen, setChosen] = useState(false);
  if (!service) return null;
  const targets = normaliseTargets(service.subjectTargets);
  if (!targets.includes("OTHER")) return null;
  const forced = !targets.includes("SELF") && !targets.includes("HOUSEHOLD");
  const on = forced || chosen;
  const errors = form.formState.errors.subject as Record<string, { message?: string }> | undefined;
  const error = (name: string) => (errors?.[name]?.message ? errorText(errors[name]!.message) : undefined);
  return (
    <Card>
      <h2 className="mb-3 text-lg font-semibold">{t("subjectTitle")}</h2>
      {forced ? (
        <p className="text-sm text-slate-700">{t("subjectForced")}</p>
      ) : (
        <label className="flex min-h-11 items-center gap-3 text-sm">
          <input type="checkbox" checked={chosen} onChange={(e) => setChosen(e.target.checked)} className="h-5 w-5 shrink-0" />
          {t("subjectToggle")}
        </label>
      )}
      {on ? (
        <div className="mt-3 grid gap-3 md:grid-cols-3">
          <Field id="subject-name" label={t("subjectName")} required error={error("subjectName")}>
            {(a) => <Input {...a} autoComplete="off" {...form.register("subject.subjectName")} />}
          </Field>
          <Field id="subject-nik" label={t("subjectNik")} required error={error("subjectNik")}>
            {(a) => <Input {...a} inputMode="numeric" autoComplete="off" {...form.register("subject.subjectNik")} />}
          </Field>
          <Field id="subject-relation" label={t("subjectRelation")} required error={error("subjectRelation")}>
            {(a) => (
              <>
                <Input {...a} list="walk-in-subject-relations" autoComplete="off" {...form.register("subject.subjectRelation")} />
                <datalist id="walk-in-subject-relations">
                  {SUBJECT_RELATION_SUGGESTIONS.map((r) => <option key={r} value={r} />)}
                </datalist>
              </>
            )}
          </Field>
        </div>
      ) : (
        <p className="mt-1 text-sm text-slate-600">{t("subjectSelf")}</p>
      )}
    </Card>
  );
}
