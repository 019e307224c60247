"use client";

type Words = { newVersion: string; reload: string; later: string };

/** "Versi baru tersedia": loaded only when a new version waits (components/pwa/pwa-client.tsx). */
export default function UpdatePrompt({ words, onLater, onReload }: { words: Words; onLater: () => void; onReload: () => void }) {
  return (
    <div role="status" className="fixed inset-x-2 bottom-20 z-50 mx-auto flex max-w-md flex-wrap items-center gap-2 rounded-xl border border-brand-700 bg-white p-3 shadow-lg sm:bottom-4">
      <p className="flex-1 text-sm font-medium text-slate-900">{words.newVersion}</p>
      <button type="button" className="min-h-11 rounded-lg px-3 text-sm font-medium text-slate-700 hover:bg-slate-100" onClick={onLater}>
        {words.later}
      </button>
      <button type="button" className="min-h-11 rounded-lg bg-brand-700 px-4 text-sm font-semibold text-white" onClick={onReload}>
        {words.reload}
      </button>
    </div>
  );
}
