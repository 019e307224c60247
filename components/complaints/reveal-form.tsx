"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Field, FormAlert, Textarea } from "@/components/ui/field";
import { revealReporterAction } from "@/lib/complaints/actions/admin";
import { revealSchema } from "@/lib/complaints/schema";
import { placeServerErrors, useComplaintErrorText } from "./use-error-text";

type Reporter = { name: string; nik: string | null; phone: string | null; email: string | null; address: string | null } | null;

/** Admin only: states a reason, then sees the identity. The server writes the audit entry first. */
export function RevealForm({ id }: { id: string }) {
  const t = useTranslations("complaints.admin");
  const errorText = useComplaintErrorText();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [revealed, setRevealed] = useState<{ reporter: Reporter } | null>(null);
  const form = useForm<{ id: string; reason: string }>({ resolver: zodResolver(revealSchema), defaultValues: { id, reason: "" } });
  const onSubmit = form.handleSubmit((values) =>
    startTransition(async () => {
      setError(null);
      const result = await revealReporterAction(values);
      if (result.ok) setRevealed({ reporter: result.reporter });
      else setError(placeServerErrors(result, form.setError, ["reason"]));
    }),
  );
  if (revealed) {
    const r = revealed.reporter;
    if (!r) return <FormAlert tone="info">{t("noIdentity")}</FormAlert>;
    const row = (label: string, value: string | null) => (value ? <div><dt className="text-sm text-slate-600">{label}</dt><dd>{value}</dd></div> : null);
    return (
      <section aria-labelledby="revealed-title" className="rounded-xl border border-amber-300 bg-amber-50 p-4">
        <h2 id="revealed-title" className="mb-2 font-semibold">{t("revealed")}</h2>
        <dl className="grid gap-2 sm:grid-cols-2">
          {row(t("reporterName"), r.name)}
          {row(t("nik"), r.nik)}
          {row(t("phone"), r.phone)}
          {row(t("email"), r.email)}
          {row(t("address"), r.address)}
        </dl>
      </section>
    );
  }
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      {error ? <FormAlert>{errorText(error)}</FormAlert> : null}
      <Field id="reveal-reason" label={t("revealReason")} error={errorText(form.formState.errors.reason?.message)} required>
        {(aria) => <Textarea {...aria} {...form.register("reason")} rows={3} />}
      </Field>
      <Button type="submit" variant="danger" disabled={pending}>{t("reveal")}</Button>
    </form>
  );
}
