"use client";

import { useSyncExternalStore } from "react";

// Plain words in both languages instead of next-intl: this boundary sits on every page, and
// loading the i18n library for it would cost every page ~12 KB of JavaScript.
const words = {
  id: { title: "Terjadi kesalahan. Silakan coba lagi.", retry: "Coba lagi" },
  en: { title: "Something went wrong. Please try again.", retry: "Try again" },
};

const pageLang = () => (document.documentElement.lang === "en" ? "en" : "id");
const noop = () => () => {};

/** The body of every error.tsx: the root one, and those of the route groups (which keep their navigation). */
export function ErrorView({ reset, inShell = false }: { reset: () => void; inShell?: boolean }) {
  const lang = useSyncExternalStore(noop, pageLang, () => "id" as const);
  const t = words[lang];
  const body = (
    <>
      <h1 className="text-2xl font-semibold">{t.title}</h1>
      <button type="button" onClick={reset} className="mt-6 min-h-11 rounded-lg bg-brand-700 px-5 py-3 font-medium text-white">
        {t.retry}
      </button>
    </>
  );
  // Inside a route group the area's shell already renders <main>.
  return inShell ? (
    <div role="alert" className="py-12 text-center">{body}</div>
  ) : (
    <main id="main" role="alert" className="mx-auto max-w-xl px-4 py-16 text-center">{body}</main>
  );
}
