"use client";
import { useRef, type ChangeEvent, type ComponentProps, type Ref } from "react";
import { formatDateText, parseDateText } from "@/lib/format/date";
import { Input } from "./field";

type Props = Omit<ComponentProps<"input">, "type" | "ref"> & {
  ref?: Ref<HTMLInputElement>;
  /** The calendar button's accessible name, e.g. "Pilih tanggal di kalender". */
  pickLabel: string;
  /** Dense filter bars: the caller's className styles the field alone, and the button is smaller. */
  compact?: boolean;
};

function assign<T>(ref: Ref<T> | undefined, value: T | null) {
  if (typeof ref === "function") ref(value);
  else if (ref) ref.current = value;
}

/**
 * A date typed the Indonesian way, day first (17/08/1990), with a calendar button that opens the
 * browser's own date picker. A drop-in for <Input type="date"> with the same register()/value props:
 * the field holds the text as typed and every schema reads it with lib/format/date, so nothing is
 * lost and the order never follows an English browser's mm/dd/yyyy (issue 17). A stored or restored
 * ISO value (1990-08-17) is shown day first.
 */
export function DateInput({ ref, pickLabel, compact = false, onChange, value, defaultValue, min, max, placeholder = "hh/bb/tttt", className = "", ...rest }: Props) {
  const Field = compact ? "input" : Input;
  const text = useRef<HTMLInputElement | null>(null);
  const picker = useRef<HTMLInputElement | null>(null);

  const emit = (el: HTMLInputElement) => onChange?.({ target: el, currentTarget: el, type: "change" } as ChangeEvent<HTMLInputElement>);

  const attach = (el: HTMLInputElement | null) => {
    text.current = el;
    assign(ref, el);
    // A form library that put an ISO value in (a draft, a reset) gets it back day first.
    if (el && /^\d{4}-\d{2}-\d{2}$/.test(el.value)) {
      el.value = formatDateText(el.value);
      emit(el);
    }
  };

  const openPicker = () => {
    const el = picker.current;
    if (!el) return;
    el.value = parseDateText(text.current?.value ?? "") ?? "";
    try {
      el.showPicker();
    } catch {
      el.focus(); // older browsers without showPicker(): the typed field still works
    }
  };

  const picked = () => {
    const el = text.current;
    if (!el || !picker.current?.value) return;
    el.value = formatDateText(picker.current.value);
    emit(el);
    el.focus();
  };

  return (
    <div className={`relative flex ${compact ? "gap-1" : "gap-2"}`}>
      <Field
        {...rest}
        ref={attach}
        type="text"
        inputMode="numeric"
        placeholder={placeholder}
        maxLength={10}
        className={`min-w-0 flex-1 ${className}`}
        onChange={onChange}
        {...(value !== undefined ? { value: formatDateText(String(value)) } : {})}
        {...(defaultValue !== undefined ? { defaultValue: formatDateText(String(defaultValue)) } : {})}
      />
      <button
        type="button"
        onClick={openPicker}
        className={`inline-flex shrink-0 items-center justify-center border border-slate-400 bg-white text-slate-800 hover:bg-slate-50 ${compact ? "min-w-9 rounded-md" : "min-h-11 min-w-11 rounded-lg"}`}
        aria-label={pickLabel}
        title={pickLabel}
      >
        <svg aria-hidden="true" viewBox="0 0 24 24" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round">
          <rect x="3" y="5" width="18" height="16" rx="2" />
          <path d="M3 10h18M8 3v4M16 3v4" />
        </svg>
      </button>
      {/* The browser's picker, opened by the button; never focused or read out by itself. */}
      <input
        ref={picker}
        type="date"
        tabIndex={-1}
        aria-hidden="true"
        min={min}
        max={max}
        onChange={picked}
        className={`pointer-events-none absolute bottom-0 right-0 opacity-0 ${compact ? "h-8 w-9" : "h-11 w-11"}`}
      />
    </div>
  );
}
