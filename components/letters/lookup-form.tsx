"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { DateInput } from "@/components/ui/date-input";
import { lookupLetterAction } from "@/lib/letters/actions";

export type LookupLabels = { number: string; date: string; pickDate: string; dateFormat: string; submit: string; errors: Record<string, string> };

/** Number + date look-up; on a match it opens the letter's verification page. Plain inputs: cheap phones. */
export function LookupForm({ labels }: { labels: LookupLabels }) {
  const router = useRouter();
  const [number, setNumber] = useState("");
  const [date, setDate] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [dateError, setDateError] = useState<string | null>(null);
  const [pending, start] = useTransition();

  function submit(event: React.FormEvent) {
    event.preventDefault();
    setError(null);
    setDateError(null);
    start(async () => {
      const result = await lookupLetterAction({ number, date });
      if (result.ok) return router.push(`/verifikasi/${result.token}?cara=nomor`);
      // A date that does not read is said at the date field; what was typed stays in both fields.
      const { date: dateCode, ...others } = result.fieldErrors ?? {};
      if (dateCode) setDateError(labels.errors[dateCode] ?? labels.errors.generic);
      const code = others.number ?? (dateCode ? null : result.error);
      if (code) setError(labels.errors[code] ?? labels.errors.generic);
    });
  }

  const input = "mt-1 block w-full rounded-lg border border-slate-300 px-3 py-3 text-base";
  return (
    <form onSubmit={submit} className="space-y-3" noValidate>
      <label className="block text-sm font-medium">{labels.number}<input className={`${input} font-mono`} value={number} onChange={(e) => setNumber(e.target.value)} required autoComplete="off" placeholder="470/001/PEM/XII/2026" /></label>
      <div>
        <label htmlFor="letter-date" className="block text-sm font-medium">{labels.date}</label>
        <div className="mt-1">
          <DateInput id="letter-date" compact className={input.replace("mt-1 ", "")} value={date} onChange={(e) => setDate(e.target.value)} required autoComplete="off" pickLabel={labels.pickDate} placeholder={labels.dateFormat} aria-invalid={dateError ? true : undefined} aria-describedby={dateError ? "letter-date-error" : undefined} />
        </div>
        {dateError ? <p id="letter-date-error" role="alert" className="mt-1 text-sm font-medium text-red-700">{dateError}</p> : null}
      </div>
      {error ? <p role="alert" className="rounded-lg bg-red-50 p-3 text-sm text-red-900">{error}</p> : null}
      <button type="submit" disabled={pending} className="min-h-12 w-full rounded-lg bg-brand-700 px-4 text-base font-semibold text-white disabled:opacity-60">{labels.submit}</button>
    </form>
  );
}
