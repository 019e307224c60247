"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { applyServerErrors, useErrorText } from "@/components/accounts/use-error-text";
import { Button } from "@/components/ui/button";
import { Field, FormAlert, Input } from "@/components/ui/field";
import { updateOfficeAction } from "@/lib/admin/actions";
import { officeSchema, type OfficeInput } from "@/lib/admin/schema";

const fields = ["name", "address", "phone", "email", "website"] as const;

export function OfficeForm({ initial }: { initial: OfficeInput }) {
  const t = useTranslations("admin.office");
  const errorText = useErrorText();
  const [pending, startTransition] = useTransition();
  const [status, setStatus] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const form = useForm({ resolver: zodResolver(officeSchema), defaultValues: initial });
  const { errors } = form.formState;

  const onSubmit = form.handleSubmit((values) => {
    setStatus(null);
    startTransition(async () => {
      const result = await updateOfficeAction(values);
      if (result.ok) return setStatus({ tone: "success", text: t("saved") });
      const formError = applyServerErrors(result, form.setError, fields);
      if (formError) setStatus({ tone: "error", text: errorText(formError) ?? "" });
    });
  });

  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-4 sm:grid-cols-2">
      {status ? <div className="sm:col-span-2"><FormAlert tone={status.tone}>{status.text}</FormAlert></div> : null}
      {fields.map((name) => (
        <div key={name} className={name === "address" || name === "name" ? "sm:col-span-2" : undefined}>
          <Field id={`office-${name}`} label={t(name)} error={errorText(errors[name]?.message)} required={name === "name" || name === "address"}>
            {(aria) => <Input {...aria} {...form.register(name)} type={name === "email" ? "email" : name === "website" ? "url" : "text"} />}
          </Field>
        </div>
      ))}
      <div className="sm:col-span-2">
        <Button type="submit" disabled={pending}>
          {pending ? t("saving") : t("save")}
        </Button>
      </div>
    </form>
  );
}
