"use client";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field, FormAlert, Input, Select, Textarea } from "@/components/ui/field";
import { saveServiceAction } from "@/lib/catalogue/actions";
import { SERVICE_TARGETS } from "@/lib/catalogue/targets";
import { DURATION_UNITS, serviceSchema, type ServiceFormInput, type ServiceInput } from "@/lib/catalogue/schema";

type Props = { serviceId: string | null; units: { id: string; name: string }[]; initial: ServiceFormInput };

/** Create or edit a service's standard; the server re-validates with the same schema. */
export function ServiceForm({ serviceId, units, initial }: Props) {
  const t = useTranslations("catalogue");
  const router = useRouter();
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const form = useForm<ServiceFormInput, unknown, ServiceInput>({ resolver: zodResolver(serviceSchema), defaultValues: initial, mode: "onTouched" });
  const { register, formState, setError } = form;
  const err = (name: keyof ServiceFormInput) => {
    const code = formState.errors[name]?.message;
    return code ? t(`errors.${code}` as "errors.required") : undefined;
  };

  const onSubmit = form.handleSubmit(async () => {
    setMessage(null);
    // Send what was typed; the action parses it with the same schema (the resolver's output is not serialisable as-is).
    const result = await saveServiceAction(serviceId, form.getValues());
    if (result.ok) {
      setMessage({ tone: "success", text: t("admin.saved") });
      if (!serviceId) router.push(`/admin/layanan/${result.id}`);
      else router.refresh();
      return;
    }
    for (const [name, code] of Object.entries(result.fieldErrors ?? {})) setError(name as keyof ServiceFormInput, { message: code });
    setMessage({ tone: "error", text: t(`errors.${result.error}`) });
  });

  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-4 md:grid-cols-2">
      {message ? <div className="md:col-span-2"><FormAlert tone={message.tone}>{message.text}</FormAlert></div> : null}
      <Field id="name" label={t("admin.form.name")} required error={err("name")}>
        {(aria) => (
          <Input {...aria} {...register("name")} />
        )}
      </Field>
      <Field id="slug" label={t("admin.form.slug")} hint={t("admin.form.slugHint")} error={err("slug")}>
        {(aria) => <Input {...aria} {...register("slug")} />}
      </Field>
      <div className="md:col-span-2">
        <Field id="summary" label={t("admin.form.summary")} required error={err("summary")}>
          {(aria) => <Textarea {...aria} rows={2} {...register("summary")} />}
        </Field>
      </div>
      <Field id="unitId" label={t("admin.form.unitId")} required error={err("unitId")}>
        {(aria) => (
          <Select {...aria} {...register("unitId")}>
            <option value="">{t("admin.form.chooseUnit")}</option>
            {units.map((u) => (
              <option key={u.id} value={u.id}>{u.name}</option>
            ))}
          </Select>
        )}
      </Field>
      <Field id="product" label={t("admin.form.product")} required error={err("product")}>
        {(aria) => <Input {...aria} {...register("product")} />}
      </Field>
      <div className="md:col-span-2">
        <Field id="procedure" label={t("admin.form.procedure")} hint={t("admin.form.procedureHint")} required error={err("procedure")}>
          {(aria) => <Textarea {...aria} rows={6} {...register("procedure")} />}
        </Field>
      </div>
      <div className="grid grid-cols-2 gap-3">
        <Field id="durationValue" label={t("admin.form.durationValue")} required error={err("durationValue")}>
          {(aria) => <Input {...aria} inputMode="numeric" {...register("durationValue")} />}
        </Field>
        <Field id="durationUnit" label={t("admin.form.durationUnit")} required>
          {(aria) => (
            <Select {...aria} {...register("durationUnit")}>
              {DURATION_UNITS.map((u) => (
                <option key={u} value={u}>{t(`admin.units.${u}`)}</option>
              ))}
            </Select>
          )}
        </Field>
      </div>
      <Field id="feeRupiah" label={t("admin.form.feeRupiah")} hint={t("admin.form.feeHint")} required error={err("feeRupiah")}>
        {(aria) => <Input {...aria} inputMode="numeric" {...register("feeRupiah")} />}
      </Field>
      <div className="md:col-span-2">
        <Field id="complaintInfo" label={t("admin.form.complaintInfo")} required error={err("complaintInfo")}>
          {(aria) => <Textarea {...aria} rows={3} {...register("complaintInfo")} />}
        </Field>
      </div>
      <div className="md:col-span-2">
        <Field id="legalBasis" label={t("admin.form.legalBasis")} error={err("legalBasis")}>
          {(aria) => <Textarea {...aria} rows={2} {...register("legalBasis")} />}
        </Field>
      </div>
      <label className="flex min-h-11 items-center gap-3 md:col-span-2">
        <input type="checkbox" className="shrink-0 h-5 w-5 accent-brand-700" {...register("digitalResult")} />
        {t("admin.form.digitalResult")}
      </label>
      <label className="flex min-h-11 items-center gap-3 md:col-span-2">
        <input type="checkbox" className="shrink-0 h-5 w-5 accent-brand-700" {...register("requiresVerifiedAccount")} />
        {t("admin.form.requiresVerifiedAccount")}
      </label>
      <fieldset className="md:col-span-2" aria-describedby={err("subjectTargets") ? "subjectTargets-error" : undefined}>
        <legend className="text-sm font-medium">{t("admin.form.subjectTargets")}</legend>
        <p className="text-sm text-slate-600">{t("admin.form.subjectTargetsHint")}</p>
        {SERVICE_TARGETS.map((target) => (
          <label key={target} className="flex min-h-11 items-center gap-3">
            <input type="checkbox" value={target} className="shrink-0 h-5 w-5 accent-brand-700" {...register("subjectTargets")} />
            {t(`admin.form.targets.${target}`)}
          </label>
        ))}
        {err("subjectTargets") ? <p id="subjectTargets-error" className="text-sm font-medium text-red-700">{err("subjectTargets")}</p> : null}
      </fieldset>
      <div className="md:col-span-2">
        <Button type="submit" disabled={formState.isSubmitting}>{t("admin.form.save")}</Button>
      </div>
    </form>
  );
}
