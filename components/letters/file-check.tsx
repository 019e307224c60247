"use client";
import { useState, useTransition } from "react";
import { checkLetterFileAction } from "@/lib/letters/actions";

export type FileCheckLabels = { file: string; check: string; checking: string; same: string; different: string; errors: Record<string, string> };

/** Upload a PDF to compare its SHA-256 with the issued one; the file is read, hashed and discarded. */
export function FileCheck({ token, labels }: { token: string; labels: FileCheckLabels }) {
  const [result, setResult] = useState<{ tone: "ok" | "bad" | "error"; text: string } | null>(null);
  const [pending, start] = useTransition();

  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    form.set("token", token);
    setResult(null);
    start(async () => {
      const r = await checkLetterFileAction(form);
      if (r.ok) setResult(r.same ? { tone: "ok", text: labels.same } : { tone: "bad", text: labels.different });
      else setResult({ tone: "error", text: labels.errors[r.fieldErrors?.file ?? r.error] ?? labels.errors.generic });
    });
  }

  const tone = { ok: "bg-green-50 text-green-900", bad: "bg-red-50 text-red-900", error: "bg-amber-50 text-amber-900" };
  return (
    <form onSubmit={submit} className="space-y-3">
      <label className="block text-sm font-medium">
        {labels.file}
        <input name="file" type="file" accept="application/pdf,.pdf" className="mt-1 block w-full text-base" />
      </label>
      <button type="submit" disabled={pending} className="min-h-12 w-full rounded-lg border border-brand-700 px-4 text-base font-semibold text-brand-700 disabled:opacity-60">
        {pending ? labels.checking : labels.check}
      </button>
      {result ? <p role="status" data-testid="file-check-result" className={`rounded-lg p-3 text-sm font-medium ${tone[result.tone]}`}>{result.text}</p> : null}
    </form>
  );
}
