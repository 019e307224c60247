"use client";

import { useRef, useState, type ChangeEvent, type FormEvent } from "react";

// The part of react-hook-form's API that the resident and public forms use (register,
// handleSubmit, formState.errors, setError, reset, watch), on uncontrolled native inputs.
// react-hook-form is 12.8 KB gzip by itself, and issue 16 allows a page 15 KB of its own
// JavaScript in all; this is under 1 KB. Staff forms keep react-hook-form.
// `validate` returns an error code per field (the rules in the form's *-rules.ts, checked
// against the server's zod schema in their tests); the server schema stays the truth.

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
type Values = Record<string, unknown>;
export type Codes<T> = Partial<Record<keyof T & string, string>>;
export type LeanErrors<T> = Partial<Record<keyof T & string, { message?: string }>>;

export function useLeanForm<T extends Values>({ defaultValues, validate, mode = "onSubmit" }: { defaultValues: T; validate: (values: T) => Codes<T>; mode?: "onSubmit" | "onTouched" }) {
  const values = useRef<T>({ ...defaultValues });
  const controls = useRef(new Map<string, Control[]>());
  const touched = useRef(new Set<string>());
  const submitted = useRef(false);
  const [errors, setErrors] = useState<LeanErrors<T>>({});
  const [, rerender] = useState(0);

  const show = (codes: Codes<T>, only?: string) =>
    setErrors((current) => {
      if (only === undefined) return Object.fromEntries(Object.entries(codes).filter(([, c]) => c).map(([k, c]) => [k, { message: c }])) as LeanErrors<T>;
      return { ...current, [only]: codes[only as keyof T & string] ? { message: codes[only as keyof T & string] } : undefined };
    });

  const put = (el: Control, value: unknown) => {
    if (el instanceof HTMLInputElement && el.type === "radio") el.checked = el.value === String(value ?? "");
    else if (el instanceof HTMLInputElement && el.type === "checkbox") el.checked = Boolean(value);
    else el.value = String(value ?? "");
  };

  // On a slow phone the page can be used before its script runs: whatever the person typed, chose or
  // ticked in the server-rendered field is kept when the form takes the field over, not reset.
  const changedBeforeHydration = (el: Control) => {
    if (el instanceof HTMLInputElement && (el.type === "checkbox" || el.type === "radio")) return el.checked !== el.defaultChecked;
    if (el instanceof HTMLSelectElement) {
      // With no option marked selected in the HTML the browser shows the first one: that is no choice.
      const options = Array.from(el.options);
      return options.some((o) => o.defaultSelected) ? options.some((o) => o.selected !== o.defaultSelected) : el.selectedIndex > 0;
    }
    return el.value !== el.defaultValue;
  };
  const read = (el: Control) => (el instanceof HTMLInputElement && el.type === "checkbox" ? el.checked : el.value);

  const register = (name: keyof T & string, options: { onBlur?: () => void } = {}) => ({
    name,
    ref: (el: Control | null) => {
      if (!el) return;
      const list = controls.current.get(name) ?? [];
      if (!list.includes(el)) {
        controls.current.set(name, [...list.filter((c) => c.isConnected), el]);
        if (!changedBeforeHydration(el)) put(el, values.current[name]);
        else if (!(el instanceof HTMLInputElement && el.type === "radio" && !el.checked)) (values.current as Values)[name] = read(el);
      }
    },
    onChange: (event: ChangeEvent<Control>) => {
      const el = event.target;
      if (el instanceof HTMLInputElement && el.type === "radio" && !el.checked) return;
      (values.current as Values)[name] = read(el);
      if (submitted.current || touched.current.has(name)) show(validate(values.current), name);
      rerender((n) => n + 1);
    },
    onBlur: () => {
      options.onBlur?.();
      if (mode === "onTouched") {
        touched.current.add(name);
        show(validate(values.current), name);
      }
    },
  });

  const focus = (name: string) => controls.current.get(name)?.find((c) => c.isConnected)?.focus();

  return {
    register,
    formState: { errors },
    watch: <K extends keyof T & string>(name: K) => values.current[name],
    getValues: () => ({ ...values.current }),
    handleSubmit: (onValid: (values: T) => void) => (event?: FormEvent) => {
      event?.preventDefault();
      submitted.current = true;
      const codes = validate(values.current);
      show(codes);
      const first = Object.keys(codes).find((k) => codes[k as keyof T & string]);
      if (first) return focus(first);
      onValid({ ...values.current });
    },
    setError: (name: keyof T & string, error: { message?: string }, opts: { shouldFocus?: boolean } = {}) => {
      setErrors((current) => ({ ...current, [name]: error }));
      if (opts.shouldFocus) focus(name);
    },
    reset: (next: T = defaultValues) => {
      values.current = { ...next };
      submitted.current = false;
      touched.current.clear();
      for (const [name, list] of controls.current) list.forEach((el) => put(el, next[name]));
      setErrors({});
    },
  };
}
