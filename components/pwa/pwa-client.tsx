"use client";

import { useEffect, useRef, useState } from "react";

type Words = { newVersion: string; reload: string; later: string };

/**
 * Registers the service worker (/sw.js) and offers a new version when one is waiting. Never
 * reloads by itself (a reload would wipe a half-filled form): only after "Muat versi baru".
 */
export function PwaClient({ words }: { words: Words }) {
  const [waiting, setWaiting] = useState<ServiceWorker | null>(null);
  const accepted = useRef(false);

  useEffect(() => {
    const sw = navigator.serviceWorker;
    if (!sw || !window.isSecureContext) return;
    const offer = (worker: ServiceWorker | null) => worker && sw.controller && setWaiting(worker);
    sw.register("/sw.js", { scope: "/" })
      .then((registration) => {
        offer(registration.waiting);
        registration.addEventListener("updatefound", () => {
          const next = registration.installing;
          next?.addEventListener("statechange", () => next.state === "installed" && offer(next));
        });
      })
      .catch(() => {});
    const onControllerChange = () => accepted.current && window.location.reload();
    sw.addEventListener("controllerchange", onControllerChange);
    return () => sw.removeEventListener("controllerchange", onControllerChange);
  }, []);

  if (!waiting) return null;
  return (
    <div role="status" className="fixed inset-x-2 bottom-20 z-50 mx-auto flex max-w-md flex-wrap items-center gap-2 rounded-xl border border-brand-700 bg-white p-3 shadow-lg sm:bottom-4">
      <p className="flex-1 text-sm font-medium text-slate-900">{words.newVersion}</p>
      <button type="button" className="min-h-11 rounded-lg px-3 text-sm font-medium text-slate-700 hover:bg-slate-100" onClick={() => setWaiting(null)}>
        {words.later}
      </button>
      <button
        type="button"
        className="min-h-11 rounded-lg bg-brand-700 px-4 text-sm font-semibold text-white"
        onClick={() => {
          accepted.current = true;
          waiting.postMessage({ type: "SKIP_WAITING" });
        }}
      >
        {words.reload}
      </button>
    </div>
  );
}
