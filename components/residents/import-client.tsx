"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/field";
import { useHydrated } from "@/lib/forms/hydrated";
import { commitImportChunkAction, configureImportAction, fixImportRowAction, startImportCommitAction, undoImportAction, uploadImportAction } from "@/lib/residents/import/actions";
import { importFields, type ColumnMapping, type ImportField } from "@/lib/residents/import/columns";

const control = "min-h-10 rounded border border-slate-400 bg-white px-2 text-sm";

function useErrorText() {
  const t = useTranslations("residents.errors");
  return (code: string | undefined) => (code ? (t.has(code) ? t(code) : t("unknown")) : "");
}

export function ImportUploadForm() {
  const t = useTranslations("residents.import");
  const errorText = useErrorText();
  const router = useRouter();
  const [error, setError] = useState<string>();
  const [pending, start] = useTransition();
  const hydrated = useHydrated();
  return (
    <form
      className="space-y-3"
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        start(async () => {
          const result = await uploadImportAction(data);
          if (result.ok) router.push(`/petugas/warga/impor/${result.importId}`);
          else setError(result.fieldErrors?.file ?? result.error);
        });
      }}
    >
      <label className="block text-sm font-medium" htmlFor="import-file">{t("file")}</label>
      <input id="import-file" name="file" type="file" accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" required aria-describedby="import-file-hint" className="block text-sm" />
      <p id="import-file-hint" className="text-sm text-slate-600">{t("fileHint")}</p>
      {error ? <FormAlert>{errorText(error)}</FormAlert> : null}
      <Button type="submit" disabled={pending || !hydrated}>{pending ? t("uploading") : t("upload")}</Button>
    </form>
  );
}

export function ImportMappingForm({ importId, lines, headerRow, suggested }: { importId: string; lines: { rowNumber: number; cells: string[] }[]; headerRow: number; suggested: ColumnMapping }) {
  const t = useTranslations("residents.import");
  const tf = useTranslations("residents.fields");
  const errorText = useErrorText();
  const router = useRouter();
  const [header, setHeader] = useState(headerRow);
  const [mapping, setMapping] = useState<ColumnMapping>(suggested);
  const [error, setError] = useState<string>();
  const [pending, start] = useTransition();
  const hydrated = useHydrated();
  const columns = lines.find((l) => l.rowNumber === header)?.cells ?? [];
  return (
    <form
      className="space-y-4"
      onSubmit={(event) => {
        event.preventDefault();
        const full = Object.fromEntries(importFields.map((f) => [f, mapping[f] ?? -1]));
        start(async () => {
          const result = await configureImportAction({ importId, headerRow: header, mapping: full });
          if (result.ok) router.refresh();
          else setError(result.error);
        });
      }}
    >
      <label className="flex items-center gap-2 text-sm font-medium">
        {t("headerRow")}
        <select className={control} value={header} onChange={(e) => setHeader(Number(e.target.value))}>
          {lines.map((l) => (
            <option key={l.rowNumber} value={l.rowNumber}>{t("line", { n: l.rowNumber })}: {l.cells.slice(0, 4).join(" | ").slice(0, 60)}</option>
          ))}
        </select>
      </label>
      <p className="text-sm text-slate-600">{t("mappingHint")}</p>
      <div className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
        {importFields.map((field: ImportField) => (
          <div key={field} className="flex items-center justify-between gap-2 text-sm">
            <label htmlFor={`map-${field}`} className="font-medium">{tf(field)}</label>
            <select
              id={`map-${field}`}
              className={`${control} w-48`}
              value={mapping[field] ?? -1}
              onChange={(e) => setMapping({ ...mapping, [field]: Number(e.target.value) < 0 ? undefined : Number(e.target.value) })}
            >
              <option value={-1}>{t("notInFile")}</option>
              {columns.map((c, i) => (
                <option key={i} value={i}>{c || `#${i + 1}`}</option>
              ))}
            </select>
          </div>
        ))}
      </div>
      {error ? <FormAlert>{errorText(error)}</FormAlert> : null}
      <Button type="submit" disabled={pending || !hydrated}>{pending ? t("checking") : t("check")}</Button>
    </form>
  );
}

export function ImportRowFix({ importId, rowNumber, values, errors }: { importId: string; rowNumber: number; values: Record<string, string>; errors: string[] }) {
  const t = useTranslations("residents.import");
  const tf = useTranslations("residents.fields");
  const te = useTranslations("residents.rowErrors");
  const errorText = useErrorText();
  const router = useRouter();
  const [draft, setDraft] = useState(values);
  const [error, setError] = useState<string>();
  const [pending, start] = useTransition();
  const hydrated = useHydrated();
  const byField = new Map<string, string[]>();
  for (const e of errors) {
    const [field, code] = e.split(":");
    byField.set(field, [...(byField.get(field) ?? []), te.has(code) ? te(code) : code]);
  }
  const fields = Object.keys(values);
  return (
    <form
      aria-label={t("rowLabel", { n: rowNumber })}
      className="rounded border border-red-200 bg-red-50/40 p-3"
      onSubmit={(event) => {
        event.preventDefault();
        start(async () => {
          const result = await fixImportRowAction({ importId, rowNumber, values: draft });
          if (result.ok) router.refresh();
          else setError(result.error);
        });
      }}
    >
      <p className="mb-2 text-sm font-semibold">{t("rowLabel", { n: rowNumber })}</p>
      <div className="grid gap-2 sm:grid-cols-3 lg:grid-cols-6">
        {fields.map((field) => {
          const problems = byField.get(field);
          const id = `fix-${rowNumber}-${field}`;
          return (
            <div key={field} className="text-xs">
              <label htmlFor={id} className="block font-medium">{tf(field as ImportField)}</label>
              <input
                id={id}
                value={draft[field] ?? ""}
                onChange={(e) => setDraft({ ...draft, [field]: e.target.value })}
                aria-invalid={Boolean(problems)}
                aria-describedby={problems ? `${id}-error` : undefined}
                className={`${control} w-full aria-[invalid=true]:border-red-700`}
              />
              {problems ? <p id={`${id}-error`} className="mt-0.5 font-medium text-red-700">{problems.join("; ")}</p> : null}
            </div>
          );
        })}
      </div>
      {error ? <FormAlert>{errorText(error)}</FormAlert> : null}
      <Button type="submit" size="sm" className="mt-2" disabled={pending || !hydrated}>{pending ? t("fixing") : t("fix")}</Button>
    </form>
  );
}

export function ImportCommit({ importId, total, ready, resume }: { importId: string; total: number; ready: number; resume: boolean }) {
  const t = useTranslations("residents.import");
  const errorText = useErrorText();
  const router = useRouter();
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<string>();
  async function run() {
    setError(undefined);
    setProgress(0);
    const started = await startImportCommitAction({ importId });
    if (!started.ok) return setError(started.error);
    // A large file is committed by the worker: the page shows its progress from now on.
    if (started.mode === "background") return router.refresh();
    // Each call applies one chunk; the progress lives in the database, so this loop can stop and resume.
    for (;;) {
      const step = await commitImportChunkAction({ importId });
      if (!step.ok) return setError(step.error);
      setProgress(step.committedUpTo);
      if (step.done) break;
    }
    router.refresh();
  }
  return (
    <div className="space-y-2">
      {progress !== null ? (
        <div>
          <progress className="h-3 w-full" max={total} value={progress} aria-label={t("committing", { done: progress, total })} />
          <p role="status" className="text-sm">{t("committing", { done: progress, total })}</p>
        </div>
      ) : null}
      {error ? <FormAlert>{errorText(error)}</FormAlert> : null}
      <Button onClick={run} disabled={progress !== null && !error}>{resume ? t("resume") : t("commit", { count: ready })}</Button>
    </div>
  );
}

/** While the worker commits a large file: the page re-reads its progress every few seconds. */
export function ImportProgressPoll({ everyMs = 3000 }: { everyMs?: number }) {
  const router = useRouter();
  useEffect(() => {
    const timer = setInterval(() => router.refresh(), everyMs);
    return () => clearInterval(timer);
  }, [router, everyMs]);
  return null;
}

export function ImportUndo({ importId }: { importId: string }) {
  const t = useTranslations("residents.import");
  const errorText = useErrorText();
  const router = useRouter();
  const [message, setMessage] = useState<string>();
  const [pending, start] = useTransition();
  return (
    <div className="space-y-2">
      {message ? <FormAlert tone="info">{message}</FormAlert> : null}
      <Button
        variant="secondary"
        disabled={pending}
        onClick={() => {
          if (!window.confirm(t("undoConfirm"))) return;
          start(async () => {
            const result = await undoImportAction({ importId });
            if (result.ok) {
              setMessage(t("undone", { restored: result.restored, removed: result.removed, kept: result.kept }));
              router.refresh();
            } else setMessage(errorText(result.error));
          });
        }}
      >
        {t("undo")}
      </Button>
    </div>
  );
}
