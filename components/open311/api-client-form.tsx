"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Field, FormAlert, Input } from "@/components/ui/field";
import { applyServerErrors, useCodeText } from "@/components/ui/error-text";
import { createApiClientAction, revokeApiClientAction } from "@/lib/open311/actions";
import { apiClientSchema, type ApiClientInput } from "@/lib/open311/schema";

const namespaces = ["open311.errors", "common.errors"];

/** Registers a client application; its key is shown once, right here. */
export function ApiClientForm() {
  const t = useTranslations("open311.admin");
  const errorText = useCodeText(namespaces);
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [key, setKey] = useState<string | null>(null);
  const form = useForm<ApiClientInput>({ resolver: zodResolver(apiClientSchema), defaultValues: { name: "", contact: "" } });
  const onSubmit = form.handleSubmit((values) =>
    start(async () => {
      setError(null);
      const result = await createApiClientAction(values);
      if (result.ok) {
        setKey(result.key);
        form.reset({ name: "", contact: "" });
      } else setError(applyServerErrors(result, form.setError, ["name", "contact"]));
    }),
  );
  return (
    <div className="space-y-4">
      {key ? (
        <FormAlert tone="success">
          <p className="font-semibold">{t("keyCreated")}</p>
          <p className="mt-1 text-sm">{t("keyOnce")}</p>
          <code data-testid="api-key" className="mt-2 block select-all break-all rounded bg-white p-2 font-mono text-sm text-slate-900">{key}</code>
        </FormAlert>
      ) : null}
      <form onSubmit={onSubmit} noValidate className="grid gap-3 sm:grid-cols-[1fr_1fr_auto] sm:items-end">
        {error ? <div className="sm:col-span-3"><FormAlert>{errorText(error)}</FormAlert></div> : null}
        <Field id="client-name" label={t("name")} hint={t("nameHint")} error={errorText(form.formState.errors.name?.message)} required>
          {(aria) => <Input {...aria} {...form.register("name")} maxLength={120} />}
        </Field>
        <Field id="client-contact" label={t("contact")} hint={t("contactHint")} error={errorText(form.formState.errors.contact?.message)}>
          {(aria) => <Input {...aria} {...form.register("contact")} maxLength={200} />}
        </Field>
        <Button type="submit" disabled={pending}>{t("create")}</Button>
      </form>
    </div>
  );
}

export function RevokeButton({ id, name }: { id: string; name: string }) {
  const t = useTranslations("open311.admin");
  const [pending, start] = useTransition();
  return (
    <Button
      size="sm"
      variant="secondary"
      disabled={pending}
      aria-label={t("revokeLabel", { name })}
      onClick={() => {
        if (!window.confirm(t("revokeConfirm", { name }))) return;
        start(async () => {
          await revokeApiClientAction({ id });
        });
      }}
    >
      {t("revoke")}
    </Button>
  );
}
