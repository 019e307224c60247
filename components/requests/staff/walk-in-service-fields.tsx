"use client";
import { useTranslations } from "next-intl";
import { useFormContext, useWatch } from "react-hook-form";
import { Card } from "@/components/ui/card";
import { Field, Input, Select, Textarea } from "@/components/ui/field";
import { inputModeOf, maxLengthOf, type FieldType } from "@/lib/requests/fields";
import { acceptAttribute, acceptLabel } from "@/lib/storage/types";
import { useErrorText } from "./use-error-text";
import type { WalkInFormValues } from "./walk-in-form";
import { DateInput } from "@/components/ui/date-input";

export type WalkInServiceOption = {
  id: string;
  name: string;
  durationValue: number;
  durationUnit: string;
  unit: { name: string };
  subjectTargets?: string[];
  requirements: {
    id: string;
    code: string;
    label: string;
    description: string | null;
    kind: "DOCUMENT" | "FIELD";
    required: boolean;
    fieldType: FieldType | null;
    options: string[];
    acceptTypes: string[];
    maxSizeKb: number;
  }[];
};

/** Steps 2 and 3: the service, its own fields, and a scan per required document. */
export function WalkInServiceFields({ services, fileErrors }: { services: WalkInServiceOption[]; fileErrors: Record<string, string> }) {
  const t = useTranslations("staff.walkIn");
  const errorText = useErrorText();
  const form = useFormContext<WalkInFormValues>();
  const serviceId = useWatch({ control: form.control, name: "serviceId" });
  const service = services.find((s) => s.id === serviceId);
  const errors = form.formState.errors;
  const fieldError = (code: string) => {
    const message = (errors.fields as Record<string, { message?: string }> | undefined)?.[code]?.message;
    return message ? errorText(message) : undefined;
  };
  const fields = service?.requirements.filter((r) => r.kind === "FIELD") ?? [];
  const docs = service?.requirements.filter((r) => r.kind === "DOCUMENT") ?? [];

  return (
    <>
      <Card>
        <h2 className="mb-3 text-lg font-semibold">{t("step2")}</h2>
        <Field id="serviceId" label={t("service")} required error={errors.serviceId?.message ? errorText(errors.serviceId.message) : undefined}
          hint={service && service.durationUnit === "WORKING_DAYS" ? `${service.unit.name} · ${t("duration", { value: service.durationValue })}` : service?.unit.name}>
          {(a) => (
            <Select {...a} {...form.register("serviceId")}>
              <option value="">{t("chooseService")}</option>
              {services.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
            </Select>
          )}
        </Field>
        <div className="mt-3 grid gap-3 md:grid-cols-2">
          {fields.map((f) => {
            const reg = form.register(`fields.${f.code}`);
            const id = `field-${f.code}`;
            return (
              <Field key={f.id} id={id} label={f.label} required={f.required} hint={f.description ?? undefined} error={fieldError(f.code)}>
                {(a) =>
                  f.fieldType === "TEXTAREA" ? <Textarea {...a} rows={3} maxLength={maxLengthOf(f)} {...reg} />
                  : f.fieldType === "CHOICE" ? (
                    <Select {...a} {...reg} defaultValue="">
                      <option value="">{t("choose")}</option>
                      {f.options.map((o) => <option key={o} value={o}>{o}</option>)}
                    </Select>
                  )
                  : f.fieldType === "DATE" ? <DateInput {...a} autoComplete="off" {...reg} pickLabel={t("pickDate")} placeholder={t("dateFormat")} />
                  : <Input {...a} type="text" inputMode={inputModeOf(f)} maxLength={maxLengthOf(f)} autoComplete="off" {...reg} />
                }
              </Field>
            );
          })}
        </div>
      </Card>
      {service ? (
        <Card>
          <h2 className="mb-3 text-lg font-semibold">{t("step3")}</h2>
          {docs.length === 0 ? <p className="text-sm text-slate-600">{t("noDocuments")}</p> : (
            <>
            <p className="mb-2 text-sm text-slate-700">{t("originalHint")}</p>
            <div className="grid gap-3 md:grid-cols-2">
              {docs.map((d) => (
                <Field
                  key={d.id}
                  id={`file-${d.code}`}
                  label={d.required ? d.label : `${d.label} (${t("optional")})`}
                  required={d.required}
                  hint={t("accept", { types: acceptLabel(d.acceptTypes), size: d.maxSizeKb })}
                  error={fileErrors[d.code] ? errorText(fileErrors[d.code]) : undefined}
                >
                  {(a) => (
                    <>
                      <Input {...a} type="file" data-requirement={d.code} accept={acceptAttribute(d.acceptTypes)} className="text-sm" />
                      {/* At the desk the original paper may be checked instead of scanned; the check is recorded with who made it. */}
                      <label className="mt-1 flex items-center gap-2 text-sm">
                        <input type="checkbox" data-original={d.code} className="shrink-0 h-4 w-4" /> {t("originalChecked")}
                      </label>
                    </>
                  )}
                </Field>
              ))}
            </div>
            </>
          )}
        </Card>
      ) : null}
    </>
  );
}
