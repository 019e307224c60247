"use client";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field, FormAlert, Input, Select, Textarea } from "@/components/ui/field";
import { saveRequirementAction } from "@/lib/catalogue/actions";
import { DOCUMENT_TYPES, FIELD_TYPES, REQUIREMENT_KINDS, requirementSchema, type RequirementFormInput, type RequirementInput } from "@/lib/catalogue/schema";

type Props = { serviceId: string; requirementId: string | null; initial: RequirementFormInput };

const typeLabel: Record<string, string> = { "image/jpeg": "JPG", "image/png": "PNG", "application/pdf": "PDF" };

export function RequirementForm({ serviceId, requirementId, initial }: Props) {
  const t = useTranslations("catalogue");
  const router = useRouter();
  const [error, setFormError] = useState<string | null>(null);
  const form = useForm<RequirementFormInput, unknown, RequirementInput>({ resolver: zodResolver(requirementSchema), defaultValues: initial, mode: "onTouched" });
  const { register, formState, setError, control } = form;
  const kind = useWatch({ control, name: "kind" });
  const fieldType = useWatch({ control, name: "fieldType" });
  const err = (name: string) => {
    const code = (formState.errors as Record<string, { message?: string }>)[name]?.message;
    return code ? t(`errors.${code}` as "errors.required") : undefined;
  };

  const onSubmit = form.handleSubmit(async () => {
    setFormError(null);
    const values = form.getValues();
    const result = await saveRequirementAction(serviceId, requirementId, { ...values, fieldType: values.kind === "FIELD" ? values.fieldType || null : null });
    if (result.ok) {
      router.push(`/admin/layanan/${serviceId}`);
      router.refresh();
      return;
    }
    for (const [name, code] of Object.entries(result.fieldErrors ?? {})) setError(name as keyof RequirementFormInput, { message: code });
    setFormError(t(`errors.${result.error}`));
  });

  return (
    <form onSubmit={onSubmit} noValidate className="max-w-2xl space-y-4">
      {error ? <FormAlert>{error}</FormAlert> : null}
      <fieldset>
        <legend className="text-sm font-medium text-slate-800">{t("admin.requirements.kind")}</legend>
        <div className="mt-1 flex flex-wrap gap-4">
          {REQUIREMENT_KINDS.map((k) => (
            <label key={k} className="flex min-h-11 items-center gap-2">
              <input type="radio" value={k} className="shrink-0 h-5 w-5 accent-brand-700" {...register("kind")} />
              {t(`admin.requirements.kinds.${k}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <Field id="label" label={t("admin.requirements.label")} required error={err("label")}>
        {(aria) => <Input {...aria} {...register("label")} />}
      </Field>
      <Field id="code" label={t("admin.requirements.code")} hint={t("admin.requirements.codeHint")} required error={err("code")}>
        {(aria) => <Input {...aria} {...register("code")} readOnly={Boolean(requirementId)} />}
      </Field>
      <Field id="description" label={t("admin.requirements.description")} error={err("description")}>
        {(aria) => <Textarea {...aria} rows={2} {...register("description")} />}
      </Field>
      <label className="flex min-h-11 items-center gap-3">
        <input type="checkbox" className="shrink-0 h-5 w-5 accent-brand-700" {...register("required")} />
        {t("admin.requirements.required")}
      </label>
      {kind === "FIELD" ? (
        <>
          <Field id="fieldType" label={t("admin.requirements.fieldType")} required error={err("fieldType")}>
            {(aria) => (
              <Select {...aria} {...register("fieldType")}>
                <option value="">{t("admin.requirements.chooseFieldType")}</option>
                {FIELD_TYPES.map((f) => (
                  <option key={f} value={f}>{t(`fieldTypes.${f}`)}</option>
                ))}
              </Select>
            )}
          </Field>
          {fieldType === "CHOICE" ? (
            <Field id="options" label={t("admin.requirements.options")} hint={t("admin.requirements.optionsHint")} required error={err("options")}>
              {(aria) => <Textarea {...aria} rows={4} {...register("options")} />}
            </Field>
          ) : null}
        </>
      ) : (
        <>
          <fieldset>
            <legend className="text-sm font-medium text-slate-800">{t("admin.requirements.acceptTypes")}</legend>
            <div className="mt-1 flex flex-wrap gap-4">
              {DOCUMENT_TYPES.map((type) => (
                <label key={type} className="flex min-h-11 items-center gap-2">
                  <input type="checkbox" value={type} className="shrink-0 h-5 w-5 accent-brand-700" {...register("acceptTypes")} />
                  {typeLabel[type]}
                </label>
              ))}
            </div>
            {err("acceptTypes") ? <p role="alert" className="text-sm font-medium text-red-700">{err("acceptTypes")}</p> : null}
          </fieldset>
          <Field id="maxSizeKb" label={t("admin.requirements.maxSizeKb")} required error={err("maxSizeKb")}>
            {(aria) => <Input {...aria} inputMode="numeric" {...register("maxSizeKb")} />}
          </Field>
        </>
      )}
      <Field id="example" label={t("admin.requirements.example")} error={err("example")}>
        {(aria) => <Input {...aria} {...register("example")} />}
      </Field>
      <Button type="submit" disabled={formState.isSubmitting}>{t("admin.requirements.save")}</Button>
    </form>
  );
}
