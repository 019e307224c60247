"use client";
import { useState } from "react";

export type ViewerFile = { id: string; name: string; label: string };

/**
 * Verification without a new tab per file (issue 17): the current image beside the fields, with
 * previous/next buttons and the ← → keys while the viewer has focus. Only images render here (PDFs
 * download by design, see /api/files); each opening goes through the audited file route.
 */
export function AttachmentViewer({ files, labels }: { files: ViewerFile[]; labels: { title: string; prev: string; next: string; position: string; open: string } }) {
  const [index, setIndex] = useState(0);
  if (files.length === 0) return null;
  const file = files[index];
  const go = (delta: number) => setIndex((i) => (i + delta + files.length) % files.length);
  return (
    <section
      aria-label={labels.title}
      tabIndex={0}
      onKeyDown={(e) => {
        if (e.key === "ArrowRight") { e.preventDefault(); go(1); }
        if (e.key === "ArrowLeft") { e.preventDefault(); go(-1); }
      }}
      className="rounded-lg border border-slate-200 bg-slate-50 p-2 focus:outline-2 focus:outline-brand-700"
      data-testid="attachment-viewer"
    >
      <div className="mb-2 flex flex-wrap items-center gap-2 text-sm">
        <button type="button" onClick={() => go(-1)} className="min-h-9 rounded border border-slate-300 bg-white px-3" disabled={files.length < 2}>← {labels.prev}</button>
        <button type="button" onClick={() => go(1)} className="min-h-9 rounded border border-slate-300 bg-white px-3" disabled={files.length < 2}>{labels.next} →</button>
        <span className="flex-1 font-medium" aria-live="polite">{file.label} · {labels.position.replace("{n}", String(index + 1)).replace("{total}", String(files.length))}</span>
        <a href={`/api/files/${file.id}`} target="_blank" rel="noopener" className="text-brand-700 underline">{labels.open}</a>
      </div>
      {/* eslint-disable-next-line @next/next/no-img-element -- a private, authorized file route, not a static asset */}
      <img src={`/api/files/${file.id}`} alt={`${file.label}: ${file.name}`} className="mx-auto max-h-[28rem] w-auto object-contain" />
    </section>
  );
}
