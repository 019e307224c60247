"use client";

import type { ChangeEvent, FocusEvent } from "react";

/** What react-hook-form's or lib/forms/lean-form's register() returns for one radio group. */
type Registered = { name: string; ref: (el: HTMLInputElement | null) => void; onChange: (e: ChangeEvent<HTMLInputElement>) => unknown; onBlur: (e: FocusEvent<HTMLInputElement>) => unknown };

/** A radio group shown as large tappable cards, each with a plain-language explanation. */
export function ChoiceCards({
  name,
  legend,
  options,
  register,
  error,
}: {
  name: string;
  legend: string;
  options: { value: string; label: string; hint: string }[];
  register: Registered;
  error?: string;
}) {
  return (
    <fieldset className="space-y-2" aria-describedby={error ? `${name}-error` : undefined}>
      <legend className="text-sm font-medium text-slate-800">
        {legend}
        <span className="text-red-700" aria-hidden="true"> *</span>
      </legend>
      <div className="grid gap-2">
        {options.map((o) => (
          <label
            key={o.value}
            className="flex min-h-11 cursor-pointer gap-3 rounded-lg border border-slate-300 bg-white p-3 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50"
          >
            <input type="radio" value={o.value} {...register} className="mt-1 h-5 w-5 shrink-0 accent-brand-700" />
            <span>
              <span className="block font-medium">{o.label}</span>
              <span className="block text-sm text-slate-700">{o.hint}</span>
            </span>
          </label>
        ))}
      </div>
      {error ? (
        <p id={`${name}-error`} className="text-sm font-medium text-red-700" role="alert">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
