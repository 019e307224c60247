"use client";

/* eslint-disable @next/next/no-img-element -- local previews (object URLs) */
import { useTranslations } from "@/i18n/lean";
import { useEffect, useId, useMemo, useState } from "react";
import { buttonClass } from "@/components/ui/button";

/** The longest side of a photo as sent (DATA_SAVER_IMAGE_SIDE in "hemat data" mode). */
const MAX_SIDE = 1600;

let preparing: Promise<typeof import("./photo-prepare")> | null = null;
const loadPrepare = () =>
  (preparing ??= import("./photo-prepare").catch((error: unknown) => {
    preparing = null;
    throw error;
  }));

type Props = { value: File[]; onChange: (files: File[]) => void; max: number; maxSide?: number; label: string; hint?: string; error?: string; disabled?: boolean };

/**
 * The complaint's photos: taken with the camera or chosen from the gallery, each checked when
 * picked and shrunk on the phone (./photo-prepare); the first refused one is named at the field,
 * the others are kept.
 */
export function PhotoPicker({ value, onChange, max, maxSide = MAX_SIDE, label, hint, error, disabled }: Props) {
  const t = useTranslations("complaints.form");
  const id = useId();
  const [busy, setBusy] = useState(false);
  const [pickError, setPickError] = useState<string | null>(null);
  const urls = useMemo(() => value.map((f) => URL.createObjectURL(f)), [value]);
  useEffect(() => () => urls.forEach((u) => URL.revokeObjectURL(u)), [urls]);
  useEffect(() => {
    const idle = window.requestIdleCallback ?? ((run: () => void) => window.setTimeout(run, 200));
    idle(() => void loadPrepare().catch(() => {}));
  }, []);

  const add = async (list: FileList | null) => {
    if (!list?.length) return;
    const files = Array.from(list); // the input is emptied right after this call: copy before any await
    setBusy(true);
    const prepare = await loadPrepare().catch(() => null);
    if (!prepare) {
      setBusy(false);
      return setPickError(t("pick.unavailable"));
    }
    const room = Math.max(0, max - value.length);
    const refused: string[] = [];
    const picked = files.slice(0, room).filter((f) => {
      const problem = prepare.checkPhoto(f);
      if (problem) refused.push(t(`pick.${problem}`, { name: f.name }));
      return !problem;
    });
    setPickError(refused[0] ?? null);
    const shrunk = await Promise.all(picked.map((f, i) => prepare.shrinkPhoto(f, value.length + i, maxSide)));
    setBusy(false);
    onChange([...value, ...shrunk]);
  };

  const full = value.length >= max;
  const shownError = pickError ?? error;
  const describedBy = [hint ? `${id}-hint` : null, shownError ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <fieldset className="space-y-2" aria-describedby={describedBy}>
      <legend className="text-sm font-medium text-slate-800">{label}</legend>
      {hint ? <p id={`${id}-hint`} className="text-sm text-slate-600">{hint}</p> : null}
      {value.length ? (
        <ul className="flex flex-wrap gap-3">
          {value.map((file, i) => (
            <li key={`${file.name}-${i}`} className="relative">
              {urls[i] ? <img src={urls[i]} alt={t("photoAlt", { n: i + 1 })} className="h-24 w-24 rounded-lg border border-slate-200 object-cover" /> : null}
              <button
                type="button"
                onClick={() => { setPickError(null); onChange(value.filter((_, j) => j !== i)); }}
                className="mt-1 min-h-11 w-24 rounded-lg border border-slate-300 bg-white text-sm text-red-800"
                disabled={disabled}
              >
                {t("removePhoto", { n: i + 1 })}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {!full ? (
        <div className="flex flex-wrap gap-2">
          <label htmlFor={`${id}-camera`} className={`${buttonClass({ variant: "secondary" })} cursor-pointer focus-within:ring-2 focus-within:ring-brand-700`}>
            {t("takePhoto")}
            <input id={`${id}-camera`} type="file" accept="image/*" capture="environment" className="sr-only" disabled={disabled || busy} onChange={(e) => { void add(e.target.files); e.target.value = ""; }} />
          </label>
          <label htmlFor={`${id}-gallery`} className={`${buttonClass({ variant: "secondary" })} cursor-pointer focus-within:ring-2 focus-within:ring-brand-700`}>
            {t("choosePhoto")}
            <input id={`${id}-gallery`} type="file" accept="image/*" multiple className="sr-only" disabled={disabled || busy} onChange={(e) => { void add(e.target.files); e.target.value = ""; }} />
          </label>
        </div>
      ) : null}
      {shownError ? (
        <p id={`${id}-error`} className="text-sm font-medium text-red-700" role="alert">
          {shownError}
        </p>
      ) : null}
    </fieldset>
  );
}
