"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { createContext, useContext, useEffect, useId, useRef, useState, useTransition, type ReactNode } from "react";

type Result = { ok: boolean; error?: string; fieldErrors?: Record<string, string> };

const FormErrors = createContext<{ errors: Record<string, string>; formId: string }>({ errors: {}, formId: "" });

/**
 * A small admin form posting FormData to a queue server action. Field errors appear under the
 * field they belong to (a `Field`, or a `FieldError` for a group such as the weekday checkboxes),
 * the input is marked aria-invalid and described by its message, and what was typed stays.
 */
export function AdminForm({ action, children, submit, className = "", resetOnSuccess = false, submitClassName }: {
  action: (form: FormData) => Promise<Result>; children: ReactNode; submit: string; className?: string; resetOnSuccess?: boolean; submitClassName?: string;
}) {
  const t = useTranslations("antrian.admin");
  const te = useTranslations("antrian.errors");
  const router = useRouter();
  const ref = useRef<HTMLFormElement>(null);
  const formId = useId();
  const [pending, start] = useTransition();
  const [result, setResult] = useState<Result | null>(null);
  const errors = result && !result.ok ? (result.fieldErrors ?? {}) : {};
  const fieldNames = Object.keys(errors).filter((k) => k !== "_form");

  // Mark the inputs themselves, so a screen reader hears the message when it lands on the field.
  useEffect(() => {
    const form = ref.current;
    if (!form) return;
    for (const el of Array.from(form.elements) as HTMLInputElement[]) {
      if (!el.name) continue;
      if (errors[el.name]) {
        el.setAttribute("aria-invalid", "true");
        el.setAttribute("aria-describedby", `${formId}-${el.name}-error`);
      } else if (el.getAttribute("aria-invalid")) {
        el.removeAttribute("aria-invalid");
        el.removeAttribute("aria-describedby");
      }
    }
    const first = fieldNames[0] ? (form.elements.namedItem(fieldNames[0]) as HTMLElement | RadioNodeList | null) : null;
    if (first && "focus" in first) first.focus();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- re-run when a new result arrives
  }, [result]);

  return (
    <FormErrors.Provider value={{ errors, formId }}>
      <form
        ref={ref}
        className={className}
        noValidate
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
        <div className={submitClassName ?? "flex items-center gap-3"}>
          <button type="submit" disabled={pending} className="min-h-9 rounded-lg bg-brand-700 px-3 text-sm font-medium text-white disabled:bg-slate-500">{submit}</button>
          {result?.ok ? <span role="status" className="text-sm text-green-800">{t("saved")}</span> : null}
          {result && !result.ok ? (
            <span role="alert" className="text-sm text-red-700">
              {fieldNames.length > 0 ? t("checkFields") : te.has(result.error ?? "unknown") ? te(result.error ?? "unknown") : te("unknown")}
            </span>
          ) : null}
        </div>
      </form>
    </FormErrors.Provider>
  );
}

/** The message for one field (or group of fields) of the surrounding AdminForm, in Bahasa Indonesia. */
export function FieldError({ name }: { name: string }) {
  const tf = useTranslations("antrian.fieldErrors");
  const { errors, formId } = useContext(FormErrors);
  const code = errors[name];
  if (!code) return null;
  return (
    <span id={`${formId}-${name}-error`} className="mt-0.5 block text-xs font-medium text-red-700">
      {tf.has(code) ? tf(code) : tf("invalid")}
    </span>
  );
}

/** A labelled field of an AdminForm with its error under it. */
export function Field({ label, name, children }: { label: string; name: string; children: ReactNode }) {
  return (
    <div className="flex flex-col">
      <label className="flex flex-col text-xs font-medium text-slate-700">
        {label}
        {children}
      </label>
      <FieldError name={name} />
    </div>
  );
}
