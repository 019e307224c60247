"use client";
import { useState } from "react";

type Words = { copy: string; copied: string; share: string };

/**
 * Copy (and, where the phone offers it, share) a registration number or ticket, so a resident can
 * paste it into WhatsApp or a note. Words come from the server parent: no i18n library here.
 */
export function CopyShare({ value, shareText, words }: { value: string; shareText?: string; words: Words }) {
  const [copied, setCopied] = useState(false);
  const canShare = typeof navigator !== "undefined" && typeof navigator.share === "function";
  const button = "inline-flex min-h-11 items-center rounded-lg border border-slate-300 bg-white px-3 text-sm font-medium text-slate-800 hover:bg-slate-50 focus:outline-2 focus:outline-brand-700";
  return (
    <span className="inline-flex flex-wrap gap-2">
      <button
        type="button"
        className={button}
        onClick={async () => {
          try {
            await navigator.clipboard.writeText(value);
            setCopied(true);
            window.setTimeout(() => setCopied(false), 2500);
          } catch {
            window.prompt(words.copy, value);
          }
        }}
      >
        {copied ? words.copied : words.copy}
      </button>
      {canShare ? (
        <button type="button" className={button} onClick={() => void navigator.share({ text: shareText ?? value }).catch(() => undefined)}>
          {words.share}
        </button>
      ) : null}
      <span role="status" className="sr-only">{copied ? words.copied : ""}</span>
    </span>
  );
}
