"use client";

import Link from "@/components/ui/link";
import { useTranslations } from "@/i18n/lean";
import { useState, useTransition } from "react";
import { useLeanForm } from "@/lib/forms/lean-form";
import { Button } from "@/components/ui/button";
import { Field, FormAlert, Input } from "@/components/ui/field";
import { loginAction } from "@/lib/accounts/actions";
import { loginCodes } from "@/lib/accounts/client-rules";
import { applyServerErrors, useErrorText } from "./use-error-text";

export function LoginForm({ next }: { next: string | null }) {
  const t = useTranslations("auth.login");
  const errorText = useErrorText();
  const [pending, startTransition] = useTransition();
  const [formError, setFormError] = useState<string | null>(null);
  const [showPassword, setShowPassword] = useState(false);
  const form = useLeanForm({ validate: loginCodes, defaultValues: { identifier: "", password: "" } });
  const { errors } = form.formState;

  const onSubmit = form.handleSubmit((values) => {
    setFormError(null);
    startTransition(async () => {
      // On success the action redirects; only failures come back. The fields keep what was typed.
      const result = await loginAction(values, next);
      setFormError(applyServerErrors(result, form.setError, ["identifier", "password"]));
    });
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {formError ? <FormAlert>{errorText(`login_${formError}`)}</FormAlert> : null}
      <Field id="identifier" label={t("identifier")} hint={t("identifierHint")} error={errorText(errors.identifier?.message)} required>
        {(aria) => <Input {...aria} {...form.register("identifier")} autoComplete="username" inputMode="text" autoCapitalize="none" />}
      </Field>
      <Field id="password" label={t("password")} error={errorText(errors.password?.message)} required>
        {(aria) => <Input {...aria} {...form.register("password")} type={showPassword ? "text" : "password"} autoComplete="current-password" />}
      </Field>
      <label className="flex min-h-11 items-center gap-2 text-sm">
        <input type="checkbox" className="shrink-0 h-5 w-5" checked={showPassword} onChange={(e) => setShowPassword(e.target.checked)} />
        {t("showPassword")}
      </label>
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? t("submitting") : t("submit")}
      </Button>
      <div className="flex flex-wrap justify-between gap-2 text-sm">
        <Link href="/lupa-sandi" className="inline-flex min-h-11 items-center font-medium text-brand-700 underline">
          {t("forgot")}
        </Link>
        <Link href="/daftar" className="inline-flex min-h-11 items-center font-medium text-brand-700 underline">
          {t("register")}
        </Link>
      </div>
    </form>
  );
}
