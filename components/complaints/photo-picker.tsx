"use client";

/* eslint-disable @next/next/no-img-element -- local previews (object URLs) */
import { useTranslations } from "@/i18n/lean";
import { useEffect, useId, useMemo, useState } from "react";
import { buttonClass } from "@/components/ui/button";
import { MAX_PHOTO_BYTES } from "@/lib/complaints/constants";
import { checkPick } from "@/lib/uploads/check-pick";

/** What the server keeps of a complaint photo (lib/complaints/mutations/photos.ts: any upload image type). */
const PHOTO_TYPES = ["image/*"];

/** The longest side of a photo as sent (DATA_SAVER_IMAGE_SIDE in "hemat data" mode). */
const MAX_SIDE = 1600;

/**
 * Re-draws a photo on a canvas: smaller for a weak connection, and without EXIF (so the GPS position
 * never leaves the phone). The server re-encodes again; this is for bandwidth and privacy on the way.
 * Each photo is checked when picked (type and size, HEIC named as such), and the first refused one is
 * named at the field; the others are kept.
 */
async function shrink(file: File, index: number, maxSide: number): Promise<File> {
  try {
    const bitmap = await createImageBitmap(file, { imageOrientation: "from-image" });
    const scale = Math.min(1, maxSide / Math.max(bitmap.width, bitmap.height));
    const canvas = document.createElement("canvas");
    canvas.width = Math.round(bitmap.width * scale);
    canvas.height = Math.round(bitmap.height * scale);
    canvas.getContext("2d")?.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
    bitmap.close();
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, "image/jpeg", 0.85));
    return blob ? new File([blob], `foto-${index + 1}.jpg`, { type: "image/jpeg" }) : file;
  } catch {
    return file;
  }
}

type Props = { value: File[]; onChange: (files: File[]) => void; max: number; maxSide?: number; label: string; hint?: string; error?: string; disabled?: boolean };

export function PhotoPicker({ value, onChange, max, maxSide = MAX_SIDE, label, hint, error, disabled }: Props) {
  const t = useTranslations("complaints.form");
  const id = useId();
  const [busy, setBusy] = useState(false);
  const [pickError, setPickError] = useState<string | null>(null);
  const urls = useMemo(() => value.map((f) => URL.createObjectURL(f)), [value]);
  useEffect(() => () => urls.forEach((u) => URL.revokeObjectURL(u)), [urls]);

  const add = async (list: FileList | null) => {
    if (!list?.length) return;
    setBusy(true);
    const room = Math.max(0, max - value.length);
    const refused: string[] = [];
    const picked = Array.from(list).slice(0, room).filter((f) => {
      const problem = checkPick(f, PHOTO_TYPES, MAX_PHOTO_BYTES);
      if (problem) refused.push(t(`pick.${problem}`, { name: f.name }));
      return !problem;
    });
    setPickError(refused[0] ?? null);
    const shrunk = await Promise.all(picked.map((f, i) => shrink(f, value.length + i, maxSide)));
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
