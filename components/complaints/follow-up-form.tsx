"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { DateInput } from "@/components/ui/date-input";
import { Field, FormAlert, Textarea } from "@/components/ui/field";
import { followUpAction } from "@/lib/complaints/actions/staff";
import { followUpSchema, MAX_PHOTOS, type FollowUpInput } from "@/lib/complaints/schema";
import { PhotoPicker } from "./photo-picker";
import { placeServerErrors, useComplaintErrorText } from "./use-error-text";

/** The unit's record of what it did: tanggal tindak lanjut, a note and photos of the result. */
export function FollowUpForm({ id, version, today }: { id: string; version: number; today: string }) {
  const t = useTranslations("complaints.staff");
  const errorText = useComplaintErrorText();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [photos, setPhotos] = useState<File[]>([]);
  const [photoError, setPhotoError] = useState<string | null>(null);
  const form = useForm<FollowUpInput>({ resolver: zodResolver(followUpSchema), defaultValues: { id, version, actionDate: today, note: "" } });
  const { errors } = form.formState;

  const onSubmit = form.handleSubmit((values) =>
    startTransition(async () => {
      setError(null);
      setPhotoError(null);
      const data = new FormData();
      data.set("id", values.id);
      data.set("version", String(values.version));
      data.set("actionDate", values.actionDate);
      data.set("note", values.note);
      photos.forEach((p) => data.append("photos", p));
      const result = await followUpAction(data);
      if (result.ok) {
        setPhotos([]);
        router.refresh();
        return;
      }
      if (result.fieldErrors?.photos) setPhotoError(result.fieldErrors.photos);
      const left = placeServerErrors(result, form.setError, ["actionDate", "note"]);
      setError(result.fieldErrors?.photos ? null : left);
    }),
  );

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3 rounded-xl border border-slate-200 bg-white p-4" aria-labelledby="followup-title">
      <h3 id="followup-title" className="font-semibold">{t("followUpTitle")}</h3>
      <p className="text-sm text-slate-600">{t("followUpHint")}</p>
      {error ? <FormAlert>{errorText(error)}</FormAlert> : null}
      <Field id="actionDate" label={t("actionDate")} error={errorText(errors.actionDate?.message)} required>
        {(aria) => <DateInput {...aria} {...form.register("actionDate")} autoComplete="off" max={today} pickLabel={t("pickDate")} placeholder={t("dateFormat")} />}
      </Field>
      <Field id="followup-note" label={t("followUpNote")} hint={t("noteHint")} error={errorText(errors.note?.message)} required>
        {(aria) => <Textarea {...aria} {...form.register("note")} rows={3} data-shortcut="f" />}
      </Field>
      <PhotoPicker value={photos} onChange={(f) => { setPhotos(f); setPhotoError(null); }} max={MAX_PHOTOS} label={t("resultPhotos")} error={errorText(photoError)} disabled={pending} />
      <Button type="submit" size="sm" disabled={pending}>{t("recordFollowUp")}</Button>
    </form>
  );
}
