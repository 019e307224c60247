"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useForm, type DefaultValues, type FieldValues, type Resolver } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { DateInput } from "@/components/ui/date-input";
import { Field, FormAlert, Input, Select, Textarea } from "@/components/ui/field";
import { completeAction, disposeAction, rejectAction, verifyAction } from "@/lib/complaints/actions/staff";
import { completeSchema, disposeSchema, INSTRUCTIONS, REJECT_REASONS, rejectSchema, TRACK_VALUES, verifySchema } from "@/lib/complaints/schema";
import type { z } from "zod";
import { placeServerErrors, useComplaintErrorText } from "./use-error-text";

type Result = { ok: boolean; error?: string; fieldErrors?: Record<string, string> };

/** Shared wiring of the staff step forms: validate, call the action, show errors at the fields or on top. */
function useStepForm<T extends FieldValues>(schema: z.ZodType, defaults: DefaultValues<T>, action: (v: T) => Promise<Result>, fields: string[]) {
  const router = useRouter();
  const errorText = useComplaintErrorText();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const form = useForm<T>({ resolver: zodResolver(schema as never) as unknown as Resolver<T>, defaultValues: defaults });
  const onSubmit = form.handleSubmit((values) =>
    startTransition(async () => {
      setError(null);
      const result = await action(values);
      if (result.ok) router.refresh();
      else setError(placeServerErrors(result, form.setError, fields));
    }),
  );
  const fieldError = (name: string) => errorText((form.formState.errors as Record<string, { message?: string }>)[name]?.message);
  const alert = error ? <FormAlert>{errorText(error)}</FormAlert> : null;
  return { form, onSubmit, pending, fieldError, alert };
}

const box = "space-y-3 rounded-xl border border-slate-200 bg-white p-4";

export function VerifyForm({ id, version }: { id: string; version: number }) {
  const t = useTranslations("complaints");
  const { form, onSubmit, pending, fieldError, alert } = useStepForm(verifySchema, { id, version, track: "SIMPLE", note: "" }, verifyAction, ["track", "note"]);
  return (
    <form onSubmit={onSubmit} noValidate className={box} aria-labelledby="verify-title">
      <h3 id="verify-title" className="font-semibold">{t("staff.verifyTitle")}</h3>
      <p className="text-sm text-slate-600">{t("staff.verifyHint")}</p>
      {alert}
      <Field id="track" label={t("staff.trackLabel")} error={fieldError("track")} required>
        {(aria) => <Select {...aria} {...form.register("track")} data-shortcut="v">{TRACK_VALUES.map((v) => <option key={v} value={v}>{t(`track.${v}`)}</option>)}</Select>}
      </Field>
      <Field id="verify-note" label={t("staff.note")} hint={t("staff.noteHint")} error={fieldError("note")}>
        {(aria) => <Textarea {...aria} {...form.register("note")} rows={2} />}
      </Field>
      <Button type="submit" size="sm" disabled={pending}>{t("staff.verify")}</Button>
    </form>
  );
}

export function RejectForm({ id, version }: { id: string; version: number }) {
  const t = useTranslations("complaints");
  const { form, onSubmit, pending, fieldError, alert } = useStepForm(
    rejectSchema,
    { id, version, reason: "TOO_GENERAL", duplicateTicket: "", referredTo: "", note: "" },
    rejectAction,
    ["reason", "duplicateTicket", "referredTo", "note"],
  );
  const reason = form.watch("reason");
  return (
    <form onSubmit={onSubmit} noValidate className={box} aria-labelledby="reject-title">
      <h3 id="reject-title" className="font-semibold">{t("staff.rejectTitle")}</h3>
      {alert}
      <Field id="reason" label={t("staff.reason")} error={fieldError("reason")} required>
        {(aria) => <Select {...aria} {...form.register("reason")} data-shortcut="r">{REJECT_REASONS.map((r) => <option key={r} value={r}>{t(`rejectReason.${r}`)}</option>)}</Select>}
      </Field>
      {reason === "DUPLICATE" ? (
        <Field id="duplicateTicket" label={t("staff.duplicateTicket")} error={fieldError("duplicateTicket")} required>
          {(aria) => <Input {...aria} {...form.register("duplicateTicket")} className="font-mono" placeholder="ADU-PKS-2026-000001" />}
        </Field>
      ) : null}
      {reason === "NOT_AUTHORITY" ? (
        <Field id="referredTo" label={t("staff.referredTo")} error={fieldError("referredTo")} required>
          {(aria) => <Input {...aria} {...form.register("referredTo")} />}
        </Field>
      ) : null}
      <Field id="reject-note" label={t("staff.note")} hint={t("staff.noteHint")} error={fieldError("note")}>
        {(aria) => <Textarea {...aria} {...form.register("note")} rows={2} />}
      </Field>
      <Button type="submit" size="sm" variant="danger" disabled={pending}>{t("staff.reject")}</Button>
    </form>
  );
}

export function DisposeForm({ id, version, units, defaultDue, again }: { id: string; version: number; units: { id: string; name: string }[]; defaultDue: string; again: boolean }) {
  const t = useTranslations("complaints");
  const { form, onSubmit, pending, fieldError, alert } = useStepForm(
    disposeSchema,
    { id, version, unitId: "", instruction: "TINDAK_LANJUTI", dueDate: defaultDue, note: "" },
    disposeAction,
    ["unitId", "instruction", "dueDate", "note"],
  );
  return (
    <form onSubmit={onSubmit} noValidate className={box} aria-labelledby="dispose-title">
      <h3 id="dispose-title" className="font-semibold">{t("staff.disposeTitle")}</h3>
      {alert}
      <Field id="unitId" label={t("staff.unit")} error={fieldError("unitId")} required>
        {(aria) => (
          <Select {...aria} {...form.register("unitId")} data-shortcut="d">
            <option value="">{t("staff.chooseUnit")}</option>
            {units.map((u) => <option key={u.id} value={u.id}>{u.name}</option>)}
          </Select>
        )}
      </Field>
      <Field id="instruction" label={t("staff.instruction")} error={fieldError("instruction")} required>
        {(aria) => <Select {...aria} {...form.register("instruction")}>{INSTRUCTIONS.map((i) => <option key={i} value={i}>{t(`instruction.${i}`)}</option>)}</Select>}
      </Field>
      <Field id="dueDate" label={t("staff.dueDate")} error={fieldError("dueDate")} required>
        {(aria) => <DateInput {...aria} {...form.register("dueDate")} autoComplete="off" pickLabel={t("staff.pickDate")} placeholder={t("staff.dateFormat")} />}
      </Field>
      <Field id="dispose-note" label={t("staff.dispositionNote")} error={fieldError("note")}>
        {(aria) => <Textarea {...aria} {...form.register("note")} rows={2} />}
      </Field>
      <Button type="submit" size="sm" disabled={pending}>{again ? t("staff.redispose") : t("staff.dispose")}</Button>
    </form>
  );
}

export function CompleteForm({ id, version }: { id: string; version: number }) {
  const t = useTranslations("complaints");
  const { form, onSubmit, pending, fieldError, alert } = useStepForm(completeSchema, { id, version, note: "" }, completeAction, ["note"]);
  return (
    <form onSubmit={onSubmit} noValidate className={box} aria-labelledby="complete-title">
      <h3 id="complete-title" className="font-semibold">{t("staff.completeTitle")}</h3>
      {alert}
      <Field id="complete-note" label={t("staff.completeNote")} hint={t("staff.noteHint")} error={fieldError("note")} required>
        {(aria) => <Textarea {...aria} {...form.register("note")} rows={3} data-shortcut="s" />}
      </Field>
      <Button type="submit" size="sm" disabled={pending}>{t("staff.complete")}</Button>
    </form>
  );
}
