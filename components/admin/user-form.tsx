"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { applyServerErrors, useErrorText } from "@/components/accounts/use-error-text";
import { Button, ButtonLink } from "@/components/ui/button";
import { Field, FormAlert, Input, Select } from "@/components/ui/field";
import { createUserAction, updateUserAction } from "@/lib/admin/actions";
import { staffRoles, staffUserSchema, type StaffUserInput } from "@/lib/admin/schema";
import { ResetLink } from "./reset-link";

type Option = { id: string; label: string };
const fields = ["name", "email", "phone", "role", "unitIds", "servicePointIds"] as const;

/** Creates (userId = null) or edits a staff, supervisor or admin account of the admin's office. */
export function UserForm({ userId, initial, units, points }: { userId: string | null; initial: StaffUserInput; units: Option[]; points: Option[] }) {
  const t = useTranslations("admin.users");
  const tr = useTranslations("common.roles");
  const errorText = useErrorText();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [status, setStatus] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const [created, setCreated] = useState<{ id: string; token: string; expiresAt: string } | null>(null);
  const form = useForm({ resolver: zodResolver(staffUserSchema), defaultValues: initial });
  const { errors } = form.formState;

  if (created) {
    return (
      <div className="space-y-4">
        <FormAlert tone="success">{t("created")}</FormAlert>
        <ResetLink token={created.token} expiresAt={created.expiresAt} />
        <div className="flex flex-wrap gap-2">
          <ButtonLink href={`/admin/pengguna/${created.id}`}>{t("openCreated")}</ButtonLink>
          <ButtonLink href="/admin/pengguna" variant="secondary">{t("backToList")}</ButtonLink>
        </div>
      </div>
    );
  }

  const onSubmit = form.handleSubmit((values) => {
    setStatus(null);
    startTransition(async () => {
      if (userId === null) {
        const result = await createUserAction(values);
        if (result.ok) return setCreated(result);
        const formError = applyServerErrors(result, form.setError, fields);
        if (formError) setStatus({ tone: "error", text: errorText(formError) ?? "" });
        return;
      }
      const result = await updateUserAction(userId, values);
      if (result.ok) {
        setStatus({ tone: "success", text: t("saved") });
        router.refresh();
        return;
      }
      const formError = applyServerErrors(result, form.setError, fields);
      if (formError) setStatus({ tone: "error", text: errorText(formError) ?? "" });
    });
  });

  const checkboxes = (name: "unitIds" | "servicePointIds", options: Option[]) => (
    <fieldset aria-describedby={errors[name] ? `${name}-error` : undefined}>
      <legend className="text-sm font-medium text-slate-800">{t(name)}</legend>
      <p className="text-sm text-slate-600">{t(`${name}Hint`)}</p>
      <div className="mt-2 grid gap-1 sm:grid-cols-2">
        {options.length === 0 ? <p className="text-sm text-slate-600">{t("noneAvailable")}</p> : null}
        {options.map((o) => (
          <label key={o.id} className="flex min-h-9 items-center gap-2 text-sm">
            <input type="checkbox" value={o.id} className="shrink-0 h-4 w-4" {...form.register(name)} />
            {o.label}
          </label>
        ))}
      </div>
      {errors[name] ? <p id={`${name}-error`} role="alert" className="mt-1 text-sm font-medium text-red-700">{errorText(errors[name]?.message)}</p> : null}
    </fieldset>
  );

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {status ? <FormAlert tone={status.tone}>{status.text}</FormAlert> : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="user-name" label={t("name")} error={errorText(errors.name?.message)} required>
          {(aria) => <Input {...aria} {...form.register("name")} />}
        </Field>
        <Field id="user-role" label={t("role")} hint={t("roleHint")} error={errorText(errors.role?.message)} required>
          {(aria) => (
            <Select {...aria} {...form.register("role")}>
              {staffRoles.map((r) => <option key={r} value={r}>{tr(r)}</option>)}
            </Select>
          )}
        </Field>
        <Field id="user-email" label={t("email")} hint={t("emailHint")} error={errorText(errors.email?.message)} required>
          {(aria) => <Input {...aria} {...form.register("email")} type="email" autoComplete="off" />}
        </Field>
        <Field id="user-phone" label={t("phone")} error={errorText(errors.phone?.message)}>
          {(aria) => <Input {...aria} {...form.register("phone")} type="tel" autoComplete="off" />}
        </Field>
      </div>
      {checkboxes("unitIds", units)}
      {checkboxes("servicePointIds", points)}
      {userId === null ? <p className="text-sm text-slate-600">{t("firstPasswordNote")}</p> : null}
      <Button type="submit" disabled={pending}>
        {pending ? t("saving") : userId === null ? t("create") : t("save")}
      </Button>
    </form>
  );
}
