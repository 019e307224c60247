"use client";

import { useTranslations } from "@/i18n/lean";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useLeanForm } from "@/lib/forms/lean-form";
import { Button } from "@/components/ui/button";
import { Field, FormAlert, Textarea } from "@/components/ui/field";
import { confirmComplaintAction, reopenComplaintAction } from "@/lib/complaints/actions/resident";
import { reopenCodes } from "./form-rules";
import { placeServerErrors, useComplaintErrorText } from "./use-error-text";

/** The reporter's two choices once the office says it is done: confirm, or reopen with a reason. */
export function ReporterActions({ id, version, canReopen, reopenUntil }: { id: string; version: number; canReopen: boolean; reopenUntil: string | null }) {
  const t = useTranslations("complaints.resident");
  const errorText = useComplaintErrorText();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<"confirmed" | "reopened" | null>(null);
  const [reopening, setReopening] = useState(false);
  const form = useLeanForm({ validate: reopenCodes, defaultValues: { reason: "" } });

  const confirm = () =>
    startTransition(async () => {
      setError(null);
      const result = await confirmComplaintAction({ id, version });
      if (result.ok) {
        setDone("confirmed");
        router.refresh();
      } else setError(result.error);
    });

  const reopen = form.handleSubmit((values) =>
    startTransition(async () => {
      setError(null);
      const result = await reopenComplaintAction({ id, version, reason: values.reason });
      if (result.ok) {
        setDone("reopened");
        router.refresh();
      } else setError(placeServerErrors(result, form.setError, ["reason"]));
    }),
  );

  if (done) return <FormAlert tone="success">{t(done)}</FormAlert>;
  return (
    <section aria-labelledby="confirm-title" className="space-y-3 rounded-xl border border-brand-700 bg-brand-50 p-4">
      <h2 id="confirm-title" className="text-lg font-semibold">{t("confirmTitle")}</h2>
      {reopenUntil ? <p className="text-sm">{t("confirmBody", { until: reopenUntil })}</p> : null}
      {error ? <FormAlert>{errorText(error)}</FormAlert> : null}
      <div className="flex flex-wrap gap-2">
        <Button onClick={confirm} disabled={pending}>{t("confirm")}</Button>
        {canReopen && !reopening ? <Button variant="secondary" onClick={() => setReopening(true)} disabled={pending}>{t("reopen")}</Button> : null}
      </div>
      {reopening ? (
        <form onSubmit={reopen} noValidate className="space-y-3">
          <Field id="reason" label={t("reopenReason")} error={errorText(form.formState.errors.reason?.message)} required>
            {(aria) => <Textarea {...aria} {...form.register("reason")} rows={3} />}
          </Field>
          <Button type="submit" variant="danger" disabled={pending}>{t("reopenSend")}</Button>
        </form>
      ) : null}
    </section>
  );
}
