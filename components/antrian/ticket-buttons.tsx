"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { cancelTicketAction } from "@/lib/antrian/actions";

export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" onClick={() => window.print()} className="inline-flex min-h-11 items-center justify-center rounded-lg border border-slate-300 bg-white px-4 py-2 font-medium print:hidden">
      {label}
    </button>
  );
}

export function CancelTicketButton({ id, labels }: { id: string; labels: { cancel: string; confirm: string; error: string } }) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState(false);
  return (
    <div className="print:hidden">
      <button
        type="button"
        disabled={pending}
        onClick={() => {
          if (!window.confirm(labels.confirm)) return;
          start(async () => {
            const r = await cancelTicketAction({ id });
            if (r.ok) router.refresh();
            else setError(true);
          });
        }}
        className="inline-flex min-h-11 items-center justify-center rounded-lg bg-red-700 px-4 py-2 font-medium text-white hover:bg-red-800 disabled:bg-slate-500"
      >
        {labels.cancel}
      </button>
      {error ? <p role="alert" className="mt-2 text-sm text-red-700">{labels.error}</p> : null}
    </div>
  );
}
