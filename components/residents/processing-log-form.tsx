"use client";

import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { DateInput } from "@/components/ui/date-input";
import { parseDateText } from "@/lib/format/date";

type Key = "from" | "to";

/**
 * The processing log's period, typed day first. The download is a plain GET to the CSV route (which
 * reads the dates the same way and refuses a bad period); a date that does not read is named at its
 * field before leaving the page, and what was typed stays.
 */
export function ProcessingLogForm({ from, to }: { from: string; to: string }) {
  const t = useTranslations("residents.privacy");
  const td = useTranslations("common.dateInput");
  const [errors, setErrors] = useState<Partial<Record<Key, string>>>({});

  const check = (event: FormEvent<HTMLFormElement>) => {
    const data = new FormData(event.currentTarget);
    const days = { from: parseDateText(String(data.get("from") ?? "")), to: parseDateText(String(data.get("to") ?? "")) };
    const found: Partial<Record<Key, string>> = {};
    if (!days.from) found.from = t("dateInvalid");
    if (!days.to) found.to = t("dateInvalid");
    else if (days.from && days.to < days.from) found.to = t("periodOrder");
    setErrors(found);
    if (Object.keys(found).length) {
      event.preventDefault();
      event.currentTarget.querySelector<HTMLInputElement>(`#log-${found.from ? "from" : "to"}`)?.focus();
    }
  };

  return (
    <form method="get" action="/api/admin/log-pemrosesan" onSubmit={check} noValidate className="flex flex-wrap items-start gap-3">
      {(["from", "to"] as const).map((key) => (
        <div key={key} className="flex flex-col text-sm font-medium">
          <label htmlFor={`log-${key}`}>{t(key)}</label>
          <DateInput
            compact
            id={`log-${key}`}
            name={key}
            defaultValue={key === "from" ? from : to}
            required
            autoComplete="off"
            className="min-h-11 w-36 rounded-lg border border-slate-400 px-3 font-normal"
            pickLabel={td("pick")}
            placeholder={td("format")}
            aria-invalid={errors[key] ? true : undefined}
            aria-describedby={errors[key] ? `log-${key}-error` : undefined}
          />
          {errors[key] ? <p id={`log-${key}-error`} role="alert" className="mt-1 max-w-48 text-sm font-medium text-red-700">{errors[key]}</p> : null}
        </div>
      ))}
      <button type="submit" className="mt-5 min-h-11 rounded-lg bg-brand-700 px-4 font-medium text-white">{t("download")}</button>
    </form>
  );
}
