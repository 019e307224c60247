"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useRef, useState, useTransition, type ReactNode } from "react";

type Result = { ok: boolean; error?: string; fieldErrors?: Record<string, string> };

/**
 * A small admin form posting FormData to a queue server action; field errors appear next to the
 * named inputs (by a data-error-for element), and what was typed stays in the form.
 */
export function AdminForm({ action, children, submit, className = "", resetOnSuccess = false }: {
  action: (form: FormData) => Promise<Result>; children: ReactNode; submit: string; className?: string; resetOnSuccess?: boolean;
}) {
  const t = useTranslations("antrian.admin");
  const te = useTranslations("antrian.errors");
  const tf = useTranslations("antrian.fieldErrors");
  const router = useRouter();
  const ref = useRef<HTMLFormElement>(null);
  const [pending, start] = useTransition();
  const [result, setResult] = useState<Result | null>(null);

  return (
    <form
      ref={ref}
      className={className}
      onSubmit={(e) => {
        e.preventDefault();
        const data = new FormData(e.currentTarget);
        start(async () => {
          const r = await action(data);
          setResult(r);
          if (r.ok) {
            if (resetOnSuccess) ref.current?.reset();
            router.refresh();
          }
        });
      }}
    >
      {children}
      <div className="flex items-center gap-3">
        <button type="submit" disabled={pending} className="min-h-9 rounded-lg bg-brand-700 px-3 text-sm font-medium text-white disabled:bg-slate-500">{submit}</button>
        {result?.ok ? <span role="status" className="text-sm text-green-800">{t("saved")}</span> : null}
        {result && !result.ok ? (
          <span role="alert" className="text-sm text-red-700">
            {result.fieldErrors
              ? Object.entries(result.fieldErrors).map(([k, v]) => `${t.has(`fields.${k}`) ? t(`fields.${k}`) : k}: ${tf.has(v) ? tf(v) : tf("invalid")}`).join(" · ")
              : te.has(result.error ?? "unknown") ? te(result.error ?? "unknown") : te("unknown")}
          </span>
        ) : null}
      </div>
    </form>
  );
}
