"use client";

import { useTranslations } from "@/i18n/lean";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition } from "react";
import { useLeanForm } from "@/lib/forms/lean-form";
import { Button, ButtonLink } from "@/components/ui/button";
import { Field, FormAlert, Input, Select, Textarea } from "@/components/ui/field";
import { clearDraft, loadDraft, saveDraft } from "@/lib/pwa/outbox-lazy";
import { walkInAction } from "@/lib/complaints/actions/staff";
import { CLASSIFICATIONS, MAX_PHOTOS, PRIVACIES, WALK_IN_CHANNELS } from "@/lib/complaints/constants";
import { complaintCodes, type ComplaintValues } from "./form-rules";
import { ChoiceCards } from "./choice-cards";
import { GeoPoint } from "./geo-point";
import { PhotoPicker } from "./photo-picker";
import { DATA_SAVER_IMAGE_SIDE } from "@/lib/preferences/data-saver";
import { useOutbox } from "@/components/pwa/use-outbox";
import { placeServerErrors, useComplaintErrorText } from "./use-error-text";

const FIELDS = ["classification", "categoryId", "title", "description", "locationText", "privacy", "channel", "reporterNik", "latitude", "photos"] as const;
// Requests with several phone photos are big; stay under the server's body limit with room to spare.
const MAX_TOTAL_BYTES = 11 * 1024 * 1024;

type Mode = "resident" | "walkIn";
type SubmitAnswer = { ok: boolean; id?: string; ticket?: string; error?: string; fieldErrors?: Record<string, string> };
const DRAFT = "complaint";

/** Filing form for residents (phone-first) and for staff recording a walk-in complaint. */
/** `dataSaver` ("hemat data", lib/http/data-saver): photos are sent smaller. */
export function ComplaintForm({ mode, categories, dataSaver = false }: { mode: Mode; categories: { id: string; name: string }[]; dataSaver?: boolean }) {
  const t = useTranslations("complaints");
  const errorText = useComplaintErrorText();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [formError, setFormError] = useState<string | null>(null);
  const [photos, setPhotos] = useState<File[]>([]);
  const [photoError, setPhotoError] = useState<string | null>(null);
  const [point, setPoint] = useState<{ latitude: number; longitude: number } | null>(null);
  const [done, setDone] = useState<{ id: string; ticket: string } | null>(null);
  const outbox = useOutbox("complaint", "/api/complaints/submit");
  const defaults: ComplaintValues = {
    // Who may see the reporter is the reporter's own choice: nothing is chosen for them (issue 17).
    classification: "PENGADUAN", categoryId: "", title: "", description: "", locationText: "", privacy: "",
    channel: mode === "walkIn" ? "LOKET" : "LAINNYA", reporterNik: "",
  };
  // Residents' forms have no channel and NIK: they are not checked, shown or sent.
  const form = useLeanForm<ComplaintValues>({ validate: (v) => complaintCodes(v, mode), defaultValues: defaults, mode: "onTouched" });
  const { errors } = form.formState;
  const err = (name: (typeof FIELDS)[number]) => errorText((errors as Record<string, { message?: string }>)[name]?.message);

  // Residents' text is kept on the phone as they type (IndexedDB) and comes back after a lost signal or a closed tab.
  const saveTimer = useRef<number | null>(null);
  useEffect(() => {
    if (mode !== "resident") return;
    void loadDraft<ComplaintValues>(DRAFT).then((draft) => draft && form.reset({ ...defaults, ...draft }));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, on the first render
  }, []);
  const keepDraft = () => {
    if (mode !== "resident") return;
    if (saveTimer.current) window.clearTimeout(saveTimer.current);
    saveTimer.current = window.setTimeout(() => void saveDraft(DRAFT, form.getValues()), 400);
  };
  const showResult = (result: SubmitAnswer) => {
    if (result.fieldErrors?.photos) setPhotoError(result.fieldErrors.photos);
    const left = placeServerErrors(result, form.setError, FIELDS);
    setFormError(result.fieldErrors?.photos && left ? null : left);
  };

  const onSubmit = form.handleSubmit((values) => {
    setFormError(null);
    setPhotoError(null);
    if (photos.reduce((sum, f) => sum + f.size, 0) > MAX_TOTAL_BYTES) return setPhotoError("too_large");
    const data = new FormData();
    for (const [key, value] of Object.entries(values)) {
      if (mode === "resident" && (key === "channel" || key === "reporterNik")) continue;
      if (typeof value === "string") data.set(key, value);
    }
    if (point) {
      data.set("latitude", String(point.latitude));
      data.set("longitude", String(point.longitude));
    }
    photos.forEach((p) => data.append("photos", p));
    startTransition(async () => {
      if (mode === "resident") {
        // Through the outbox and its route (idempotency key): filed once, even when sent again after a lost signal.
        const sent = await outbox.submit([...data.entries()]);
        if (sent.status === "waiting") return;
        const result = sent.body as SubmitAnswer;
        if (result.ok && result.id) {
          await clearDraft(DRAFT);
          router.push(`/warga/pengaduan/${result.id}?baru=1`);
        } else showResult(result);
        return;
      }
      const result = await walkInAction(data);
      if (result.ok) setDone({ id: result.id, ticket: result.ticket });
      else showResult(result);
    });
  });

  const later = outbox.later;
  useEffect(() => {
    if (later?.status === "sent") void clearDraft(DRAFT);
  }, [later]);

  if (done) {
    return (
      <div className="space-y-4">
        <FormAlert tone="success">{t("form.walkInDone", { ticket: done.ticket })}</FormAlert>
        <div className="flex flex-wrap gap-2">
          <ButtonLink href={`/petugas/pengaduan/${done.id}`}>{t("form.openDetail")}</ButtonLink>
          <Button variant="secondary" onClick={() => { form.reset(defaults); setPhotos([]); setPoint(null); setDone(null); }}>
            {t("form.newWalkIn")}
          </Button>
        </div>
      </div>
    );
  }

  if (mode === "resident" && later?.status === "sent") {
    const answer = later.body as SubmitAnswer;
    return (
      <div className="space-y-4">
        <FormAlert tone="success">{t("form.sentLater", { ticket: String(answer.ticket) })}</FormAlert>
        <ButtonLink href={`/warga/pengaduan/${answer.id}?baru=1`}>{t("form.openDetail")}</ButtonLink>
      </div>
    );
  }

  return (
    <form onSubmit={onSubmit} onInput={keepDraft} onChange={keepDraft} noValidate className="space-y-6">
      {later?.status === "rejected" ? <FormAlert>{errorText(String(later.body.error ?? "generic"))}</FormAlert> : null}
      {formError ? <FormAlert>{errorText(formError)}</FormAlert> : null}
      {mode === "walkIn" ? (
        <div className="grid gap-4 sm:grid-cols-2">
          <Field id="channel" label={t("form.channel")} error={err("channel")} required>
            {(aria) => (
              <Select {...aria} {...form.register("channel")}>
                {WALK_IN_CHANNELS.map((c) => <option key={c} value={c}>{t(`channel.${c}`)}</option>)}
              </Select>
            )}
          </Field>
          <Field id="reporterNik" label={t("form.reporterNik")} hint={t("form.reporterNikHint")} error={err("reporterNik")}>
            {(aria) => <Input {...aria} {...form.register("reporterNik")} inputMode="numeric" autoComplete="off" maxLength={16} />}
          </Field>
        </div>
      ) : null}
      <ChoiceCards
        name="classification"
        legend={t("form.kind")}
        register={form.register("classification")}
        error={err("classification")}
        options={CLASSIFICATIONS.map((c) => ({ value: c, label: t(`classification.${c}`), hint: t(`classificationHint.${c}`) }))}
      />
      <Field id="categoryId" label={t("form.category")} error={err("categoryId")} required>
        {(aria) => (
          <Select {...aria} {...form.register("categoryId")}>
            <option value="">{t("form.chooseCategory")}</option>
            {categories.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
          </Select>
        )}
      </Field>
      <Field id="title" label={t("form.subject")} hint={t("form.subjectHint")} error={err("title")} required>
        {(aria) => <Input {...aria} {...form.register("title")} maxLength={150} />}
      </Field>
      <Field id="description" label={t("form.description")} hint={t("form.descriptionHint")} error={err("description")} required>
        {(aria) => <Textarea {...aria} {...form.register("description")} rows={5} maxLength={4000} />}
      </Field>
      <Field id="locationText" label={t("form.location")} hint={t("form.locationHint")} error={err("locationText")}>
        {(aria) => <Input {...aria} {...form.register("locationText")} maxLength={300} />}
      </Field>
      <GeoPoint value={point} onChange={setPoint} error={err("latitude")} />
      <PhotoPicker
        value={photos}
        onChange={(files) => { setPhotos(files); setPhotoError(null); }}
        max={MAX_PHOTOS}
        maxSide={dataSaver ? DATA_SAVER_IMAGE_SIDE : undefined}
        label={t("form.photos")}
        hint={t("form.photosHint")}
        error={errorText(photoError)}
        disabled={pending}
      />
      <ChoiceCards
        name="privacy"
        legend={t("form.privacyLegend")}
        register={form.register("privacy")}
        error={err("privacy")}
        options={PRIVACIES.map((p) => ({ value: p, label: t(`privacy.${p}`), hint: t(`privacyHint.${p}`) }))}
      />
      {/* Beside the button the resident just pressed, not at the top of a long form. */}
      {outbox.waiting ? <FormAlert tone="info">{t("form.waitingSignal")}</FormAlert> : null}
      <Button type="submit" disabled={pending || outbox.waiting} className="w-full sm:w-auto">
        {pending ? t("form.sending") : t("form.submit")}
      </Button>
    </form>
  );
}
