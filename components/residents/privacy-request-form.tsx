"use client";

import { useState, useTransition } from "react";
import { createPrivacyRequestAction } from "@/lib/residents/privacy/actions";

// Resident page: words come as props so the page ships no i18n library (README, first-load budget).
export type PrivacyFormWords = {
  kind: string; kinds: Record<"CORRECTION" | "WITHDRAW_CONSENT" | "DELETION", string>; details: string; detailsHint: string;
  send: string; sending: string; deletionNote: string; errors: Record<string, string>;
};

export function PrivacyRequestForm({ words }: { words: PrivacyFormWords }) {
  const [kind, setKind] = useState<keyof PrivacyFormWords["kinds"]>("CORRECTION");
  const [details, setDetails] = useState("");
  const [error, setError] = useState<{ field?: string; form?: string }>({});
  const [pending, start] = useTransition();
  const say = (code: string) => words.errors[code] ?? words.errors.unknown;
  return (
    <form
      className="space-y-4"
      onSubmit={(event) => {
        event.preventDefault();
        start(async () => {
          const result = await createPrivacyRequestAction({ kind, details });
          if (result.ok) {
            setDetails("");
            setError({});
            window.location.reload();
          } else if (result.fieldErrors?.details) setError({ field: say(result.fieldErrors.details) });
          else setError({ form: say(result.error) });
        });
      }}
    >
      <fieldset>
        <legend className="mb-2 font-medium">{words.kind}</legend>
        <div className="space-y-2">
          {(Object.keys(words.kinds) as (keyof PrivacyFormWords["kinds"])[]).map((k) => (
            <label key={k} className="flex min-h-12 items-center gap-3 rounded-lg border border-slate-300 bg-white px-3">
              <input type="radio" name="kind" value={k} checked={kind === k} onChange={() => setKind(k)} className="h-5 w-5 shrink-0" />
              <span>{words.kinds[k]}</span>
            </label>
          ))}
        </div>
      </fieldset>
      {kind === "DELETION" ? <p className="rounded-lg bg-amber-50 p-3 text-sm text-amber-900">{words.deletionNote}</p> : null}
      <div>
        <label htmlFor="privacy-details" className="mb-1 block font-medium">{words.details}</label>
        <textarea
          id="privacy-details"
          value={details}
          onChange={(e) => setDetails(e.target.value)}
          rows={4}
          aria-invalid={Boolean(error.field)}
          aria-describedby={`privacy-details-hint${error.field ? " privacy-details-error" : ""}`}
          className="block w-full rounded-lg border border-slate-400 bg-white px-3 py-2.5 text-base aria-[invalid=true]:border-red-700"
        />
        <p id="privacy-details-hint" className="mt-1 text-sm text-slate-600">{words.detailsHint}</p>
        {error.field ? <p id="privacy-details-error" role="alert" className="mt-1 text-sm font-medium text-red-700">{error.field}</p> : null}
      </div>
      {error.form ? <p role="alert" className="rounded-lg bg-red-50 p-3 text-sm font-medium text-red-800">{error.form}</p> : null}
      <button type="submit" disabled={pending} className="min-h-12 w-full rounded-lg bg-brand-700 px-4 font-medium text-white disabled:opacity-60">
        {pending ? words.sending : words.send}
      </button>
    </form>
  );
}
