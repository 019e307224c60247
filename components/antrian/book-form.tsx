"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";

export type SlotOption = { start: string; end: string; left: number };
export type RequestOption = { id: string; label: string; verified: boolean };
export type BookLabels = {
  slot: string; left: string; full: string; request: string; requestNone: string; verified: string; submit: string; submitting: string;
  errors: Record<string, string>;
};

type BookAnswer = { ok: true; id: string } | { ok: false; error: string; until?: string };

/**
 * The booking goes to POST /api/antrian/pesan/:layanan/:tanggal/:jam (the booking action behind a
 * route: lighter for the server at the 07:00 rush). A lost connection is said as such; the one-booking-per-day rule makes a
 * second tap safe.
 */
async function book({ queueServiceId, day, start, ...rest }: { queueServiceId: string; day: string; start: string; requestId?: string }): Promise<BookAnswer> {
  let response: Response;
  try {
    const url = `/api/antrian/pesan/${encodeURIComponent(queueServiceId)}/${day}/${encodeURIComponent(start)}`;
    response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(rest) });
  } catch {
    return { ok: false, error: "network" };
  }
  return (await response.json().catch(() => null)) ?? { ok: false, error: "unknown" };
}

/** Pick a slot with room (and optionally an online request), then book. Errors stay beside the choice. */
export function BookForm({ queueServiceId, day, slots, requests, requestRequired, labels }: {
  queueServiceId: string; day: string; slots: SlotOption[]; requests: RequestOption[]; requestRequired: boolean; labels: BookLabels;
}) {
  const router = useRouter();
  const [start, setStart] = useState(slots.find((s) => s.left > 0)?.start ?? "");
  const [requestId, setRequestId] = useState(requestRequired ? (requests.find((r) => r.verified)?.id ?? "") : "");
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    setError(null);
    startTransition(async () => {
      const result = await book({ queueServiceId, day, start, ...(requestId ? { requestId } : {}) });
      if (result.ok) router.push(`/warga/antrian/${result.id}`);
      else {
        const until = typeof result.until === "string" ? new Date(result.until).toLocaleDateString("id-ID", { timeZone: "Asia/Jakarta", dateStyle: "long" }) : "";
        setError((labels.errors[result.error] ?? labels.errors.unknown).replace("{until}", until));
        if (result.error === "quota_full") router.refresh();
      }
    });
  };

  return (
    <form onSubmit={submit} className="space-y-5">
      <fieldset>
        <legend className="text-base font-semibold">{labels.slot}</legend>
        <div className="mt-2 grid grid-cols-2 gap-2">
          {slots.map((s) => (
            <label key={s.start} className={`flex min-h-14 cursor-pointer flex-col justify-center rounded-lg border px-3 py-2 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50 has-[:checked]:ring-2 has-[:checked]:ring-brand-700 ${s.left === 0 ? "cursor-not-allowed border-slate-200 bg-slate-100 text-slate-500" : "border-slate-300 bg-white"}`}>
              <input type="radio" name="start" value={s.start} checked={start === s.start} disabled={s.left === 0} onChange={() => setStart(s.start)} className="sr-only" />
              <span className="text-lg font-semibold tabular-nums">{s.start}–{s.end}</span>
              <span className="text-sm">{s.left === 0 ? labels.full : labels.left.replace("{n}", String(s.left))}</span>
            </label>
          ))}
        </div>
      </fieldset>
      {requests.length > 0 || requestRequired ? (
        <div className="space-y-1">
          <label htmlFor="requestId" className="block text-base font-semibold">{labels.request}</label>
          <select id="requestId" value={requestId} onChange={(e) => setRequestId(e.target.value)} className="block min-h-11 w-full rounded-lg border border-slate-400 bg-white px-3 py-2 text-base">
            {!requestRequired ? <option value="">{labels.requestNone}</option> : null}
            {requests.map((r) => (
              <option key={r.id} value={r.id}>{r.label}{r.verified ? ` · ${labels.verified}` : ""}</option>
            ))}
          </select>
        </div>
      ) : null}
      {error ? <p role="alert" className="rounded-lg border border-red-300 bg-red-50 px-4 py-3 text-red-900">{error}</p> : null}
      <button type="submit" disabled={pending || !start} className="inline-flex min-h-12 w-full items-center justify-center rounded-lg bg-brand-700 px-4 py-2 text-lg font-semibold text-white hover:bg-brand-800 disabled:bg-slate-500">
        {pending ? labels.submitting : labels.submit}
      </button>
    </form>
  );
}
