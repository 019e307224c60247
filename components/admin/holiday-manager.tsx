"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useFormatter, useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { applyServerErrors, useErrorText } from "@/components/accounts/use-error-text";
import { Button } from "@/components/ui/button";
import { Badge } from "@/components/ui/card";
import { DateInput } from "@/components/ui/date-input";
import { Field, FormAlert, Input } from "@/components/ui/field";
import { deleteHolidayAction, saveHolidayAction } from "@/lib/admin/actions";
import { holidaySchema } from "@/lib/admin/schema";
import { formatDateText } from "@/lib/format/date";

type Holiday = { id: string; date: string; name: string; national: boolean; cutiBersama: boolean };

function HolidayForm({ holiday, defaultDate, onDone }: { holiday: Holiday | null; defaultDate: string; onDone?: () => void }) {
  const t = useTranslations("admin.holidays");
  const td = useTranslations("common.dateInput");
  const errorText = useErrorText();
  const [pending, startTransition] = useTransition();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm({ resolver: zodResolver(holidaySchema), defaultValues: { date: holiday?.date ?? defaultDate, name: holiday?.name ?? "", cutiBersama: holiday?.cutiBersama ?? false } });
  const { errors } = form.formState;
  const prefix = holiday ? `holiday-${holiday.id}` : "holiday-new";

  const onSubmit = form.handleSubmit((values) => {
    setFormError(null);
    startTransition(async () => {
      const result = await saveHolidayAction(holiday?.id ?? null, values);
      if (result.ok) {
        if (!holiday) form.reset({ date: formatDateText(values.date), name: "", cutiBersama: false });
        onDone?.();
        return;
      }
      setFormError(applyServerErrors(result, form.setError, ["date", "name"]));
    });
  });

  return (
    <form onSubmit={onSubmit} noValidate className="grid items-start gap-3 sm:grid-cols-[12rem_1fr_auto]">
      {formError ? <div className="sm:col-span-3"><FormAlert>{errorText(formError)}</FormAlert></div> : null}
      <Field id={`${prefix}-date`} label={t("date")} error={errorText(errors.date?.message)} required>
        {(aria) => <DateInput {...aria} {...form.register("date")} autoComplete="off" pickLabel={td("pick")} placeholder={td("format")} />}
      </Field>
      <Field id={`${prefix}-name`} label={t("name")} error={errorText(errors.name?.message)} required>
        {(aria) => <Input {...aria} {...form.register("name")} />}
      </Field>
      <label className="flex items-center gap-2 text-sm sm:col-span-3">
        <input type="checkbox" {...form.register("cutiBersama")} className="shrink-0 h-4 w-4" /> {t("cutiBersama")}
      </label>
      <div className="flex gap-2 sm:col-start-3 sm:row-start-1 sm:pt-6">
        <Button type="submit" disabled={pending}>{holiday ? t("save") : t("create")}</Button>
        {holiday ? <Button variant="secondary" onClick={onDone}>{t("cancel")}</Button> : null}
      </div>
    </form>
  );
}

export function HolidayManager({ holidays, year }: { holidays: Holiday[]; year: number }) {
  const t = useTranslations("admin.holidays");
  const format = useFormatter();
  const errorText = useErrorText();
  const [editing, setEditing] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  const remove = (holiday: Holiday) => {
    if (!window.confirm(t("confirmDelete", { name: holiday.name }))) return;
    startTransition(async () => {
      const result = await deleteHolidayAction(holiday.id);
      setError(result.ok ? null : result.error);
    });
  };

  return (
    <div className="space-y-6">
      <section aria-labelledby="holiday-new-title" className="rounded-xl border border-slate-200 bg-white p-4">
        <h2 id="holiday-new-title" className="mb-3 font-semibold">{t("newTitle")}</h2>
        <HolidayForm holiday={null} defaultDate={`${year}-01-01`} />
      </section>
      {error ? <FormAlert>{errorText(error)}</FormAlert> : null}
      {holidays.length === 0 ? <p className="rounded-lg bg-white p-4 text-slate-600">{t("empty")}</p> : null}
      <ul className="divide-y divide-slate-200 rounded-xl border border-slate-200 bg-white">
        {holidays.map((h) =>
          editing === h.id ? (
            <li key={h.id} className="p-3"><HolidayForm holiday={h} defaultDate={h.date} onDone={() => setEditing(null)} /></li>
          ) : (
            <li key={h.id} className="flex flex-wrap items-center gap-3 p-3 text-sm">
              <span className="w-44 font-medium">{format.dateTime(new Date(`${h.date}T00:00:00Z`), { weekday: "short", day: "numeric", month: "long", timeZone: "UTC" })}</span>
              <span className="flex-1">{h.name}</span>
              {h.cutiBersama ? <Badge tone="amber">{t("cutiBersamaBadge")}</Badge> : null}
              {h.national ? <Badge tone="sky">{t("national")}</Badge> : <Badge>{t("office")}</Badge>}
              <Button size="sm" variant="ghost" onClick={() => setEditing(h.id)} aria-label={t("editOne", { name: h.name })}>{t("edit")}</Button>
              <Button size="sm" variant="ghost" disabled={pending} onClick={() => remove(h)} aria-label={t("deleteOne", { name: h.name })}>{t("delete")}</Button>
            </li>
          ),
        )}
      </ul>
    </div>
  );
}
