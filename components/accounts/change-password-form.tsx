"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "@/i18n/lean";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Field, FormAlert, Input } from "@/components/ui/field";
import { changePasswordAction } from "@/lib/accounts/actions";
import { changePasswordSchema } from "@/lib/accounts/schema";
import { applyServerErrors, useErrorText } from "./use-error-text";

const fields = ["currentPassword", "newPassword", "confirmPassword"] as const;

export function ChangePasswordForm() {
  const t = useTranslations("auth.password");
  const errorText = useErrorText();
  const [pending, startTransition] = useTransition();
  const [status, setStatus] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const form = useForm({ resolver: zodResolver(changePasswordSchema), defaultValues: { currentPassword: "", newPassword: "", confirmPassword: "" } });
  const { errors } = form.formState;

  const onSubmit = form.handleSubmit((values) => {
    setStatus(null);
    startTransition(async () => {
      const result = await changePasswordAction(values);
      if (result.ok) {
        form.reset(); // nothing to keep: the new password is saved
        setStatus({ tone: "success", text: t("changed") });
        return;
      }
      const formError = applyServerErrors(result, form.setError, fields);
      if (formError) setStatus({ tone: "error", text: errorText(formError) ?? "" });
    });
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {status ? <FormAlert tone={status.tone}>{status.text}</FormAlert> : null}
      <Field id="currentPassword" label={t("current")} error={errorText(errors.currentPassword?.message)} required>
        {(aria) => <Input {...aria} {...form.register("currentPassword")} type="password" autoComplete="current-password" />}
      </Field>
      <Field id="newPassword" label={t("new")} hint={t("hint")} error={errorText(errors.newPassword?.message)} required>
        {(aria) => <Input {...aria} {...form.register("newPassword")} type="password" autoComplete="new-password" />}
      </Field>
      <Field id="confirmPassword" label={t("confirm")} error={errorText(errors.confirmPassword?.message)} required>
        {(aria) => <Input {...aria} {...form.register("confirmPassword")} type="password" autoComplete="new-password" />}
      </Field>
      <Button type="submit" disabled={pending}>
        {pending ? t("saving") : t("submit")}
      </Button>
    </form>
  );
}
