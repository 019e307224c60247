"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { applyServerErrors, useErrorText } from "@/components/accounts/use-error-text";
import { Button } from "@/components/ui/button";
import { Field, FormAlert, Input } from "@/components/ui/field";
import { updateOfficeHoursAction } from "@/lib/admin/actions";
import { officeHoursSchema, type OfficeHoursInput } from "@/lib/admin/schema";

export function OfficeHoursForm({ initial }: { initial: OfficeHoursInput }) {
  const t = useTranslations("admin.hours");
  const errorText = useErrorText();
  const [pending, startTransition] = useTransition();
  const [status, setStatus] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const form = useForm({ resolver: zodResolver(officeHoursSchema), defaultValues: initial });
  const { errors } = form.formState;

  const onSubmit = form.handleSubmit((values) => {
    setStatus(null);
    startTransition(async () => {
      const result = await updateOfficeHoursAction(values);
      if (result.ok) return setStatus({ tone: "success", text: t("saved") });
      const formError = applyServerErrors(result, form.setError, ["openTime", "closeTime", "slaWarnDays"]);
      if (formError) setStatus({ tone: "error", text: errorText(formError) ?? "" });
    });
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {status ? <FormAlert tone={status.tone}>{status.text}</FormAlert> : null}
      <div className="grid gap-4 sm:grid-cols-3">
        <Field id="openTime" label={t("open")} error={errorText(errors.openTime?.message)} required>
          {(aria) => <Input {...aria} {...form.register("openTime")} type="time" />}
        </Field>
        <Field id="closeTime" label={t("close")} hint={t("closeHint")} error={errorText(errors.closeTime?.message)} required>
          {(aria) => <Input {...aria} {...form.register("closeTime")} type="time" />}
        </Field>
        <Field id="slaWarnDays" label={t("slaWarnDays")} hint={t("slaWarnDaysHint")} error={errorText(errors.slaWarnDays?.message)} required>
          {(aria) => <Input {...aria} {...form.register("slaWarnDays")} type="number" min={0} max={10} inputMode="numeric" />}
        </Field>
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? t("saving") : t("save")}
      </Button>
    </form>
  );
}
