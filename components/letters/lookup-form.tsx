"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { lookupLetterAction } from "@/lib/letters/actions";

export type LookupLabels = { number: string; date: string; submit: string; errors: Record<string, string> };

/** Number + date look-up; on a match it opens the letter's verification page. Plain inputs: cheap phones. */
export function LookupForm({ labels }: { labels: LookupLabels }) {
  const router = useRouter();
  const [number, setNumber] = useState("");
  const [date, setDate] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();

  function submit(event: React.FormEvent) {
    event.preventDefault();
    setError(null);
    start(async () => {
      const result = await lookupLetterAction({ number, date });
      if (result.ok) router.push(`/verifikasi/${result.token}?cara=nomor`);
      else setError(labels.errors[result.fieldErrors?.date ?? result.fieldErrors?.number ?? result.error] ?? labels.errors.generic);
    });
  }

  const input = "mt-1 block w-full rounded-lg border border-slate-300 px-3 py-3 text-base";
  return (
    <form onSubmit={submit} className="space-y-3" noValidate>
      <label className="block text-sm font-medium">{labels.number}<input className={`${input} font-mono`} value={number} onChange={(e) => setNumber(e.target.value)} required autoComplete="off" placeholder="470/001/PEM/XII/2026" /></label>
      <label className="block text-sm font-medium">{labels.date}<input className={input} type="date" value={date} onChange={(e) => setDate(e.target.value)} required /></label>
      {error ? <p role="alert" className="rounded-lg bg-red-50 p-3 text-sm text-red-900">{error}</p> : null}
      <button type="submit" disabled={pending} className="min-h-12 w-full rounded-lg bg-brand-700 px-4 text-base font-semibold text-white disabled:opacity-60">{labels.submit}</button>
    </form>
  );
}
