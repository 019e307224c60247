"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { walkInAction } from "@/lib/antrian/actions";
import { PRIORITIES } from "@/lib/antrian/schema";

/** Walk-in numbers at the loket or the entrance kiosk: one big button per service. */
export function WalkInForm({ services, kiosk = false }: { services: { id: string; prefix: string; name: string }[]; kiosk?: boolean }) {
  const t = useTranslations("antrian.walkIn");
  const tp = useTranslations("antrian.priority");
  const te = useTranslations("antrian.errors");
  const [priority, setPriority] = useState<(typeof PRIORITIES)[number]>("NONE");
  const [issued, setIssued] = useState<{ number: string; service: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();

  const issue = (s: { id: string; name: string }) =>
    start(async () => {
      setError(null);
      const r = await walkInAction({ queueServiceId: s.id, priority });
      if (r.ok) {
        setIssued({ number: r.number, service: s.name });
        setPriority("NONE");
        if (kiosk) setTimeout(() => window.print(), 100);
      } else setError(te.has(r.error) ? te(r.error) : te("unknown"));
    });

  return (
    <div className="space-y-4">
      <fieldset className="print:hidden">
        <legend className="font-semibold">{t("priority")}</legend>
        <div className="mt-2 flex flex-wrap gap-2">
          {PRIORITIES.map((p) => (
            <label key={p} className="flex min-h-11 cursor-pointer items-center gap-2 rounded-lg border border-slate-300 px-3 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50">
              <input type="radio" name="priority" value={p} checked={priority === p} onChange={() => setPriority(p)} />
              {tp(p)}
            </label>
          ))}
        </div>
      </fieldset>
      <div className={`grid gap-3 print:hidden ${kiosk ? "sm:grid-cols-2" : "sm:grid-cols-3"}`}>
        {services.map((s) => (
          <button key={s.id} type="button" disabled={pending} onClick={() => issue(s)} className={`rounded-xl bg-brand-700 px-4 text-left font-semibold text-white hover:bg-brand-800 disabled:bg-slate-500 ${kiosk ? "min-h-32 text-2xl" : "min-h-16 text-lg"}`}>
            <span className="block text-3xl">{s.prefix}</span>
            {s.name}
          </button>
        ))}
      </div>
      {error ? <p role="alert" className="text-red-700">{error}</p> : null}
      {issued ? (
        <div role="status" className="rounded-xl border-2 border-dashed border-slate-400 bg-white p-6 text-center">
          <p className="text-slate-700">{t("yourNumber")}</p>
          <p className="text-6xl font-black tabular-nums" data-testid="walkin-number">{issued.number}</p>
          <p className="mt-1">{issued.service}</p>
        </div>
      ) : null}
    </div>
  );
}
