"use client";

import { useEffect, useState } from "react";

type InstallPrompt = Event & { prompt: () => Promise<void>; userChoice: Promise<{ outcome: "accepted" | "dismissed" }> };

/** "Pasang aplikasi": shown only when the browser offers installation (beforeinstallprompt). */
export function InstallButton({ label, hint }: { label: string; hint: string }) {
  const [prompt, setPrompt] = useState<InstallPrompt | null>(null);
  useEffect(() => {
    const onPrompt = (event: Event) => {
      event.preventDefault(); // our own button instead of the browser's mini-bar
      setPrompt(event as InstallPrompt);
    };
    const onInstalled = () => setPrompt(null);
    window.addEventListener("beforeinstallprompt", onPrompt);
    window.addEventListener("appinstalled", onInstalled);
    return () => {
      window.removeEventListener("beforeinstallprompt", onPrompt);
      window.removeEventListener("appinstalled", onInstalled);
    };
  }, []);
  if (!prompt) return null;
  return (
    <div className="flex flex-wrap items-center gap-3 rounded-xl border border-brand-700 bg-brand-50 p-4">
      <p className="flex-1 text-sm text-slate-800">{hint}</p>
      <button
        type="button"
        className="min-h-12 rounded-lg bg-brand-700 px-4 font-semibold text-white"
        onClick={async () => {
          await prompt.prompt();
          await prompt.userChoice;
          setPrompt(null);
        }}
      >
        {label}
      </button>
    </div>
  );
}
