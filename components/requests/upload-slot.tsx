"use client";
import { useRef, useState } from "react";
import { formatBytes, formatSizeKb } from "@/components/catalogue/format";
import { buttonClass } from "@/components/ui/button";
import { fill, textFor } from "@/i18n/fill";
import { removeAttachmentAction } from "@/lib/requests/actions/resident";
import { acceptAttribute, acceptLabel } from "@/lib/storage/types";
import { checkPick } from "@/lib/uploads/check-pick";
import { percent, sendForm, type Progress } from "@/lib/uploads/send";
import { DATA_SAVER_IMAGE_SIDE } from "@/lib/preferences/data-saver";
import type { ApplyLabels } from "./labels";

export type DocumentDef = {
  id: string;
  code: string;
  label: string;
  description: string | null;
  example: string | null;
  required: boolean;
  acceptTypes: string[];
  maxSizeKb: number;
};

type UploadAnswer =
  | { ok: true; attachmentId: string; file: { id: string; originalName: string; size: number; mime: string } }
  | { ok: false; error: string };

export type CurrentFile = { attachmentId: string; fileId: string; originalName: string; size: number; mime: string } | null;

type Props = {
  requestId: string;
  doc: DocumentDef;
  file: CurrentFile;
  onChange: (file: CurrentFile) => void;
  canRemove: boolean;
  error?: string;
  correction?: { message: string; replaced: boolean } | null;
  labels: ApplyLabels;
  /** "Hemat data": the photo is shrunk further (DATA_SAVER_IMAGE_SIDE) and the stored one is a link, not a preview. */
  dataSaver?: boolean;
};

/**
 * One requirement's upload: take a photo with the phone camera or pick a file. A photo is first
 * made as small as the server would keep it (on the phone), then goes up at once with its progress
 * and a cancel button, and is checked on the server by its bytes; a refusal is shown right here and
 * nothing else on the form changes.
 */
export function UploadSlot({ requestId, doc, file, onChange, canRemove, error, correction, labels: L, dataSaver = false }: Props) {
  const [busy, setBusy] = useState(false);
  const [stage, setStage] = useState<"shrinking" | "sending" | null>(null);
  const [progress, setProgress] = useState<Progress | null>(null);
  const cancelRef = useRef<(() => void) | null>(null);
  const [uploadError, setUploadError] = useState<string | null>(null);
  const cameraRef = useRef<HTMLInputElement>(null);
  const pickRef = useRef<HTMLInputElement>(null);
  const acceptsImages = doc.acceptTypes.some((type) => type.startsWith("image/"));
  const size = formatSizeKb(doc.maxSizeKb);
  const types = acceptLabel(doc.acceptTypes);
  const errorId = `doc-${doc.code}-error`;
  const hintId = `doc-${doc.code}-hint`;

  async function upload(input: HTMLInputElement) {
    const picked = input.files?.[0];
    input.value = ""; // the same file can be chosen again after a refusal
    if (!picked) return;
    setUploadError(null);
    // Type and size are checked here, at the field, before shrinking or sending anything.
    const problem = checkPick(picked, doc.acceptTypes, doc.maxSizeKb * 1024);
    if (problem) return setUploadError(fill(L.form.upload.errors[problem], { size, types, name: picked.name }));
    setBusy(true);
    setStage("shrinking");
    // The shrinker is loaded when a file is picked (it is only needed then, and sending needs the
    // signal anyway): issue 16's first-load budget.
    const chosen = await import("@/lib/uploads/shrink-image")
      .then((m) => m.shrinkImage(picked, doc.acceptTypes, dataSaver ? DATA_SAVER_IMAGE_SIDE : undefined))
      .catch(() => picked);
    // Say "too large" before spending the resident's data on sending it.
    if (chosen.size > doc.maxSizeKb * 1024) {
      setBusy(false);
      setStage(null);
      return setUploadError(fill(L.form.upload.errors.too_large, { size, types, name: picked.name }));
    }
    const form = new FormData();
    form.set("requirementId", doc.id);
    form.set("file", chosen);
    setStage("sending");
    setProgress({ loaded: 0, total: chosen.size });
    const sending = sendForm(`/api/warga/permohonan/${encodeURIComponent(requestId)}/berkas`, form, setProgress);
    cancelRef.current = sending.cancel;
    const sent = await sending.done;
    cancelRef.current = null;
    setBusy(false);
    setStage(null);
    setProgress(null);
    if (sent.status === "aborted") return setUploadError(L.form.upload.cancelled);
    if (sent.status === "network") return setUploadError(L.form.upload.errors.network);
    const result = sent.body as UploadAnswer | null;
    if (result?.ok) onChange({ attachmentId: result.attachmentId, fileId: result.file.id, originalName: result.file.originalName, size: result.file.size, mime: result.file.mime });
    else if (result?.error === "type_not_allowed" || result?.error === "too_large" || result?.error === "empty")
      setUploadError(fill(L.form.upload.errors[result.error], { size, types, name: picked.name }));
    else setUploadError(textFor(L.errors, result?.error ?? "generic", L.form.upload.errors.generic));
  }

  async function remove() {
    if (!file) return;
    setBusy(true);
    try {
      const result = await removeAttachmentAction(requestId, file.attachmentId);
      if (result.ok) onChange(null);
      else setUploadError(textFor(L.errors, result.error, L.form.upload.errors.generic));
    } catch {
      setUploadError(L.form.upload.errors.network);
    } finally {
      setBusy(false);
    }
  }

  const shownError = uploadError ?? (error ? textFor(L.fieldErrors, error, L.errors.invalid) : null);
  const describedBy = [hintId, shownError ? errorId : null].filter(Boolean).join(" ");
  const inputLabel = (what: string) => `${what}: ${doc.label}`;
  return (
    <div
      className={`rounded-xl border p-3 ${correction && !correction.replaced ? "border-2 border-amber-400" : "border-slate-200"} ${shownError ? "border-red-600" : ""}`}
      data-testid={`doc-${doc.code}`}
    >
      <p className="font-medium">
        {doc.label}
        {doc.required ? <span className="text-red-700" aria-hidden="true"> *</span> : <span className="font-normal text-slate-600"> ({L.form.optional})</span>}
      </p>
      <p id={hintId} className="text-sm text-slate-600">
        {[doc.description, doc.example].filter(Boolean).join(" ")} {fill(L.form.upload.accepts, { types, size })}
      </p>
      {correction ? (
        <p className="mt-1 rounded bg-amber-50 p-2 text-sm text-amber-900">
          {correction.message} — <strong>{correction.replaced ? L.form.corrections.replaced : L.form.corrections.pending}</strong>
        </p>
      ) : null}

      {file ? (
        <p className="mt-2 flex flex-wrap items-center gap-2 text-sm">
          <span aria-hidden="true">✓</span>
          <span className="font-medium text-green-800">{L.form.upload.uploaded}:</span>
          <a href={`/api/files/${file.fileId}`} target="_blank" rel="noopener" className="wrap-anywhere text-brand-700 underline">
            {file.originalName}
          </a>
          <span className="text-slate-600">({formatBytes(file.size)})</span>
        </p>
      ) : null}
      {file && file.mime.startsWith("image/") && !dataSaver ? (
        // The resident sees what the office will see (the stored, shrunk photo).
        // eslint-disable-next-line @next/next/no-img-element -- a private file behind the authorized route, not a static asset
        <img src={`/api/files/${file.fileId}`} alt={fill(L.form.upload.preview, { name: file.originalName })} loading="lazy" className="mt-2 max-h-40 rounded border border-slate-200 object-contain" />
      ) : null}

      <div className="mt-2 flex flex-wrap gap-2">
        {acceptsImages ? (
          <>
            <input
              ref={cameraRef}
              id={`cam-${doc.code}`}
              type="file"
              accept={acceptAttribute(doc.acceptTypes.filter((type) => type.startsWith("image/")))}
              capture="environment"
              className="peer/cam sr-only"
              aria-label={inputLabel(L.form.upload.camera)}
              aria-describedby={describedBy}
              disabled={busy}
              onChange={(e) => upload(e.currentTarget)}
            />
            <label htmlFor={`cam-${doc.code}`} aria-hidden="true" className={`${buttonClass({ variant: "secondary" })} cursor-pointer peer-focus-visible/cam:outline-2 peer-focus-visible/cam:outline-brand-700`}>
              {L.form.upload.camera}
            </label>
          </>
        ) : null}
        <input
          ref={pickRef}
          id={`pick-${doc.code}`}
          type="file"
          accept={acceptAttribute(doc.acceptTypes)}
          className="peer/pick sr-only"
          aria-label={inputLabel(file ? L.form.upload.replace : L.form.upload.pick)}
          aria-describedby={describedBy}
          disabled={busy}
          onChange={(e) => upload(e.currentTarget)}
        />
        <label htmlFor={`pick-${doc.code}`} aria-hidden="true" className={`${buttonClass({ variant: "secondary" })} cursor-pointer peer-focus-visible/pick:outline-2 peer-focus-visible/pick:outline-brand-700`}>
          {file ? L.form.upload.replace : L.form.upload.pick}
        </label>
        {file && canRemove ? (
          <button type="button" onClick={remove} disabled={busy} className={buttonClass({ variant: "ghost" })} aria-label={`${L.form.upload.remove}: ${doc.label}`}>
            {L.form.upload.remove}
          </button>
        ) : null}
      </div>
      <div role="status" aria-live="polite" className="text-sm text-slate-700">
        {stage === "shrinking" ? L.form.upload.shrinking : stage === "sending" ? fill(L.form.upload.progress, { percent: percent(progress) }) : busy ? L.form.upload.uploading : ""}
      </div>
      {stage === "sending" ? (
        <div className="mt-1 flex items-center gap-2">
          <progress className="h-2 w-full accent-brand-700" max={100} value={percent(progress)} aria-label={inputLabel(L.form.upload.uploading)} />
          <button type="button" onClick={() => cancelRef.current?.()} className={buttonClass({ variant: "ghost", size: "sm" })}>
            {L.form.upload.cancel}
          </button>
        </div>
      ) : null}
      {shownError ? (
        <p id={errorId} role="alert" className="mt-1 text-sm font-medium text-red-700">{shownError}</p>
      ) : null}
    </div>
  );
}
