"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "@/i18n/lean";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Field, FormAlert, Input } from "@/components/ui/field";
import { updateResidentContactAction } from "@/lib/residents/actions";
import { residentContactSchema, type ResidentContactInput } from "@/lib/residents/schema";
import { applyServerErrors, useErrorText } from "./use-error-text";

const fields = ["phone", "email", "address", "rt", "rw"] as const;

export function ResidentContactForm({ initial }: { initial: ResidentContactInput }) {
  const t = useTranslations("auth.profile");
  const errorText = useErrorText();
  const [pending, startTransition] = useTransition();
  const [status, setStatus] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const form = useForm({ resolver: zodResolver(residentContactSchema), defaultValues: initial });
  const { errors } = form.formState;

  const onSubmit = form.handleSubmit((values) => {
    setStatus(null);
    startTransition(async () => {
      const result = await updateResidentContactAction(values);
      if (result.ok) return setStatus({ tone: "success", text: t("saved") });
      const formError = applyServerErrors(result, form.setError, fields);
      if (formError) setStatus({ tone: "error", text: errorText(formError) ?? "" });
    });
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {status ? <FormAlert tone={status.tone}>{status.text}</FormAlert> : null}
      <Field id="phone" label={t("phone")} hint={t("phoneHint")} error={errorText(errors.phone?.message)} required>
        {(aria) => <Input {...aria} {...form.register("phone")} type="tel" inputMode="tel" autoComplete="tel" />}
      </Field>
      <Field id="email" label={t("email")} error={errorText(errors.email?.message)}>
        {(aria) => <Input {...aria} {...form.register("email")} type="email" autoComplete="email" />}
      </Field>
      <Field id="address" label={t("address")} error={errorText(errors.address?.message)} required>
        {(aria) => <Input {...aria} {...form.register("address")} autoComplete="street-address" />}
      </Field>
      <div className="grid grid-cols-2 gap-4">
        <Field id="rt" label={t("rt")} error={errorText(errors.rt?.message)} required>
          {(aria) => <Input {...aria} {...form.register("rt")} inputMode="numeric" maxLength={3} />}
        </Field>
        <Field id="rw" label={t("rw")} error={errorText(errors.rw?.message)} required>
          {(aria) => <Input {...aria} {...form.register("rw")} inputMode="numeric" maxLength={3} />}
        </Field>
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? t("saving") : t("save")}
      </Button>
    </form>
  );
}
