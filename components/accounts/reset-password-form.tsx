"use client";

import { useTranslations } from "@/i18n/lean";
import { useState, useTransition } from "react";
import { useLeanForm } from "@/lib/forms/lean-form";
import { ButtonLink, Button } from "@/components/ui/button";
import { Field, FormAlert, Input } from "@/components/ui/field";
import { resetPasswordAction } from "@/lib/accounts/actions";
import { resetPasswordCodes } from "@/lib/accounts/client-rules";
import { applyServerErrors, useErrorText } from "./use-error-text";

export function ResetPasswordForm({ token }: { token: string }) {
  const t = useTranslations("auth.reset");
  const errorText = useErrorText();
  const [pending, startTransition] = useTransition();
  const [done, setDone] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useLeanForm({ validate: resetPasswordCodes, defaultValues: { password: "", confirmPassword: "" } });
  const { errors } = form.formState;

  if (done) {
    return (
      <div className="space-y-4">
        <FormAlert tone="success">{t("done")}</FormAlert>
        <ButtonLink href="/masuk">{t("toLogin")}</ButtonLink>
      </div>
    );
  }

  const onSubmit = form.handleSubmit((values) => {
    setFormError(null);
    startTransition(async () => {
      const result = await resetPasswordAction(token, values);
      if (result.ok) setDone(true);
      else setFormError(applyServerErrors(result, form.setError, ["password", "confirmPassword"]));
    });
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {formError ? <FormAlert>{errorText(formError)}</FormAlert> : null}
      <Field id="password" label={t("password")} hint={t("hint")} error={errorText(errors.password?.message)} required>
        {(aria) => <Input {...aria} {...form.register("password")} type="password" autoComplete="new-password" />}
      </Field>
      <Field id="confirmPassword" label={t("confirm")} error={errorText(errors.confirmPassword?.message)} required>
        {(aria) => <Input {...aria} {...form.register("confirmPassword")} type="password" autoComplete="new-password" />}
      </Field>
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? t("saving") : t("submit")}
      </Button>
    </form>
  );
}
