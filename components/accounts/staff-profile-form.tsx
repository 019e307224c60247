"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "@/i18n/lean";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Field, FormAlert, Input } from "@/components/ui/field";
import { updateStaffProfileAction } from "@/lib/accounts/actions";
import { staffProfileSchema, type StaffProfileInput } from "@/lib/accounts/schema";
import { applyServerErrors, useErrorText } from "./use-error-text";

export function StaffProfileForm({ initial }: { initial: StaffProfileInput }) {
  const t = useTranslations("auth.profile");
  const errorText = useErrorText();
  const [pending, startTransition] = useTransition();
  const [status, setStatus] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const form = useForm({ resolver: zodResolver(staffProfileSchema), defaultValues: initial });
  const { errors } = form.formState;

  const onSubmit = form.handleSubmit((values) => {
    setStatus(null);
    startTransition(async () => {
      const result = await updateStaffProfileAction(values);
      if (result.ok) return setStatus({ tone: "success", text: t("saved") });
      const formError = applyServerErrors(result, form.setError, ["name", "phone", "email"]);
      if (formError) setStatus({ tone: "error", text: errorText(formError) ?? "" });
    });
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {status ? <FormAlert tone={status.tone}>{status.text}</FormAlert> : null}
      <Field id="name" label={t("name")} error={errorText(errors.name?.message)} required>
        {(aria) => <Input {...aria} {...form.register("name")} autoComplete="name" />}
      </Field>
      <Field id="phone" label={t("phone")} error={errorText(errors.phone?.message)}>
        {(aria) => <Input {...aria} {...form.register("phone")} type="tel" autoComplete="tel" />}
      </Field>
      <Field id="email" label={t("email")} error={errorText(errors.email?.message)}>
        {(aria) => <Input {...aria} {...form.register("email")} type="email" autoComplete="email" />}
      </Field>
      <Button type="submit" disabled={pending}>
        {pending ? t("saving") : t("save")}
      </Button>
    </form>
  );
}
