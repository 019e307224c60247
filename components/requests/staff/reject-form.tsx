"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { Button } from "@/components/ui/button";
import { Field, Textarea } from "@/components/ui/field";
import { rejectAction } from "@/lib/requests/actions/staff";
import { rejectSchema } from "@/lib/requests/staff-schema";
import { ActionAlert } from "./action-alert";
import { useStaffAction } from "./use-action";
import { useErrorText } from "./use-error-text";

const formSchema = rejectSchema.omit({ id: true, version: true });

/** Rejection needs a reason: the resident reads it. */
export function RejectForm({ target }: { target: { id: string; version: number } }) {
  const t = useTranslations("staff.actions");
  const errorText = useErrorText();
  const action = useStaffAction();
  const form = useForm<z.input<typeof formSchema>, unknown, z.output<typeof formSchema>>({ resolver: zodResolver(formSchema), defaultValues: { reason: "" } });
  const error = form.formState.errors.reason?.message ?? action.fieldErrors.reason;
  return (
    <details className="rounded-lg border border-red-200 bg-red-50 p-3">
      <summary className="cursor-pointer font-semibold text-red-900">{t("reject")}</summary>
      <form noValidate onSubmit={form.handleSubmit((v) => action.run(() => rejectAction({ ...v, ...target })))} className="mt-2">
        <Field id="reject-reason" label={t("rejectReason")} required error={error ? errorText(error) : undefined}>
          {(aria) => <Textarea {...aria} rows={3} {...form.register("reason")} data-shortcut="r" className="text-sm" />}
        </Field>
        <Button type="submit" variant="danger" size="sm" className="mt-2" disabled={action.pending}>{t("confirmReject")}</Button>
        <div className="mt-2"><ActionAlert error={action.error} done={action.done} onReload={action.reload} /></div>
      </form>
    </details>
  );
}
