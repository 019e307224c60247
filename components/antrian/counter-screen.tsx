"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useState, useTransition } from "react";
import { callNextAction, counterStepAction, priorityAction, transferAction } from "@/lib/antrian/actions";
import { subscribeLive } from "./live-source";
import { queueEventsUrl } from "./use-live";

type Current = {
  id: string; number: string; status: string; priority: string; recalls: number; serviceName: string; residentName: string | null;
  request: { id: string; number: string | null; serviceName: string; verified: boolean } | null;
};
type Waiting = { id: string; number: string; priority: string; serviceName: string; hasRequest: boolean; reserved: boolean };

/** The loket: call next, recall, start, finish, absent, transfer. Keyboard: N next, R recall, S start, F finish. */
export function CounterScreen({ counterId, counterNumber, officeSlug, current, waiting, services, counters }: {
  counterId: string; counterNumber: number; officeSlug: string; current: Current | null; waiting: Waiting[];
  services: { id: string; name: string; prefix: string }[]; counters: { id: string; number: number }[];
}) {
  const t = useTranslations("antrian.counter");
  const tp = useTranslations("antrian.priority");
  const ts = useTranslations("antrian.status");
  const te = useTranslations("antrian.errors");
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [target, setTarget] = useState("");

  const run = (fn: () => Promise<{ ok: boolean; error?: string }>) =>
    start(async () => {
      setError(null);
      const r = await fn();
      if (!r.ok) setError(r.error && te.has(r.error) ? te(r.error) : te("unknown"));
      router.refresh();
    });
  const step = (s: "recall" | "start" | "finish" | "noShow") => current && run(() => counterStepAction({ counterId, ticketId: current.id, step: s }));

  // Live: the office's queue stream (shared, one per page) re-renders the screen when another loket
  // calls or a number is checked in; polling every 5 s only while the stream cannot be used.
  useEffect(() => {
    let poll: ReturnType<typeof setInterval> | null = null;
    const unsubscribe = subscribeLive(queueEventsUrl(officeSlug), {
      onChange: () => router.refresh(),
      onMode: (mode) => {
        if (mode === "polling" && !poll) poll = setInterval(() => router.refresh(), 5000);
        if (mode !== "polling" && poll) {
          clearInterval(poll);
          poll = null;
        }
      },
    });
    return () => {
      unsubscribe();
      if (poll) clearInterval(poll);
    };
  }, [officeSlug, router]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.target instanceof HTMLInputElement || e.target instanceof HTMLSelectElement || e.metaKey || e.ctrlKey) return;
      const k = e.key.toLowerCase();
      if (k === "n" && !current) run(() => callNextAction({ counterId }));
      if (k === "r" && current?.status === "CALLED") step("recall");
      if (k === "s" && current?.status === "CALLED") step("start");
      if (k === "f" && current) step("finish");
    };
    window.addEventListener("keydown", onKey);
    return () => {
      window.removeEventListener("keydown", onKey);
    };
  });

  return (
    <div className="grid gap-4 lg:grid-cols-[3fr_2fr]">
      <section aria-labelledby="current-title" className="rounded-xl border border-slate-200 bg-white p-4">
        <h2 id="current-title" className="font-semibold">{t("current", { n: counterNumber })}</h2>
        {current ? (
          <div className="mt-2 space-y-2">
            <p className="text-5xl font-black tabular-nums" data-testid="counter-current">{current.number}</p>
            <p className="text-sm text-slate-700">
              {ts(current.status)} · {current.serviceName}
              {current.priority !== "NONE" ? ` · ${tp(current.priority)}` : ""}
              {current.recalls ? ` · ${t("recalled", { n: current.recalls })}` : ""}
            </p>
            {current.residentName ? <p>{current.residentName}</p> : null}
            {current.request ? (
              <p className={`rounded-lg px-3 py-2 text-sm ${current.request.verified ? "bg-green-50 text-green-900" : "bg-amber-50 text-amber-900"}`}>
                {current.request.verified ? t("requestVerified") : t("requestNotVerified")}:{" "}
                <Link className="font-semibold underline" href={`/petugas/permohonan/${current.request.id}`}>{current.request.number} · {current.request.serviceName}</Link>
              </p>
            ) : null}
            <div className="flex flex-wrap gap-2 pt-2">
              {current.status === "CALLED" ? (
                <>
                  <button type="button" disabled={pending} onClick={() => step("recall")} className="min-h-9 rounded-lg border border-slate-300 px-3 text-sm">{t("recall")} (R)</button>
                  <button type="button" disabled={pending} onClick={() => step("start")} className="min-h-9 rounded-lg bg-brand-700 px-3 text-sm font-medium text-white">{t("start")} (S)</button>
                  <button type="button" disabled={pending} onClick={() => step("noShow")} className="min-h-9 rounded-lg border border-red-300 px-3 text-sm text-red-800">{t("noShow")}</button>
                </>
              ) : null}
              <button type="button" disabled={pending} onClick={() => step("finish")} className="min-h-9 rounded-lg bg-green-700 px-3 text-sm font-medium text-white">{t("finish")} (F)</button>
            </div>
            <form
              className="flex flex-wrap items-end gap-2 border-t border-slate-100 pt-3"
              onSubmit={(e) => {
                e.preventDefault();
                if (!target) return;
                const [kind, id] = target.split(":");
                run(() => transferAction({ counterId, ticketId: current.id, ...(kind === "s" ? { toServiceId: id } : { toCounterId: id }) }));
              }}
            >
              <div>
                <label htmlFor="transfer" className="block text-sm font-medium">{t("transfer")}</label>
                <select id="transfer" value={target} onChange={(e) => setTarget(e.target.value)} className="rounded-lg border border-slate-400 px-2 py-1.5 text-sm">
                  <option value="">—</option>
                  {services.map((s) => <option key={s.id} value={`s:${s.id}`}>{t("toService", { name: `${s.prefix} · ${s.name}` })}</option>)}
                  {counters.map((c) => <option key={c.id} value={`c:${c.id}`}>{t("toCounter", { n: c.number })}</option>)}
                </select>
              </div>
              <button type="submit" disabled={pending || !target} className="min-h-9 rounded-lg border border-slate-300 px-3 text-sm">{t("transferGo")}</button>
            </form>
          </div>
        ) : (
          <div className="mt-2">
            <p className="text-slate-600">{t("idle")}</p>
            <button type="button" disabled={pending} onClick={() => run(() => callNextAction({ counterId }))} className="mt-3 min-h-12 rounded-lg bg-brand-700 px-6 text-lg font-semibold text-white disabled:bg-slate-500">
              {t("callNext")} (N)
            </button>
          </div>
        )}
        {error ? <p role="alert" className="mt-2 text-sm text-red-700">{error}</p> : null}
      </section>
      <section aria-labelledby="waiting-title" className="rounded-xl border border-slate-200 bg-white p-4">
        <h2 id="waiting-title" className="font-semibold">{t("waiting", { n: waiting.length })}</h2>
        <table className="mt-2 w-full text-sm">
          <thead className="text-left text-slate-600">
            <tr><th className="py-1">{t("number")}</th><th>{t("service")}</th><th>{t("lane")}</th></tr>
          </thead>
          <tbody>
            {waiting.map((w) => (
              <tr key={w.id} className="border-t border-slate-100">
                <td className="py-1 font-semibold tabular-nums">{w.number}{w.reserved ? " *" : ""}</td>
                <td>{w.serviceName}{w.hasRequest ? ` · ${t("withRequest")}` : ""}</td>
                <td>
                  <select aria-label={t("laneFor", { number: w.number })} value={w.priority} onChange={(e) => run(() => priorityAction({ ticketId: w.id, priority: e.target.value }))} className="rounded border border-slate-300 px-1 py-0.5 text-xs">
                    {(["NONE", "LANSIA", "DISABILITAS", "IBU_HAMIL"] as const).map((p) => <option key={p} value={p}>{tp(p)}</option>)}
                  </select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}
