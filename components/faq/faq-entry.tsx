"use client";
import { useRef, useState, useTransition } from "react";
import { markdownClass } from "@/components/news/markdown-class";
import { countFaqViewAction, voteFaqAction } from "@/lib/faq/actions";

export type FaqEntryWords = { helpfulQuestion: string; yes: string; no: string; thanks: string };

type Props = {
  id: string;
  question: string;
  /** Already sanitized by the server's Markdown renderer. */
  answerHtml: string;
  serviceLink: { href: string; label: string } | null;
  words: FaqEntryWords;
  open?: boolean;
};

/** One question: opening it counts as "asked" (most asked first); the answer can be rated once per browser. */
export function FaqEntry({ id, question, answerHtml, serviceLink, words, open = false }: Props) {
  const counted = useRef(false);
  const [voted, setVoted] = useState<boolean | null>(null);
  const [pending, startTransition] = useTransition();

  const onToggle = (event: React.SyntheticEvent<HTMLDetailsElement>) => {
    if (!event.currentTarget.open || counted.current) return;
    counted.current = true;
    void countFaqViewAction({ faqId: id });
  };
  const vote = (helpful: boolean) =>
    startTransition(async () => {
      const result = await voteFaqAction({ faqId: id, helpful });
      if (result.ok) setVoted(helpful);
    });

  return (
    <details className="group rounded-xl border border-slate-200 bg-white shadow-sm" onToggle={onToggle} open={open} data-testid="faq-entry">
      <summary className="flex min-h-12 cursor-pointer list-none items-center justify-between gap-3 px-4 py-3 font-semibold">
        <span>{question}</span>
        <span aria-hidden="true" className="text-brand-700 transition group-open:rotate-180">▾</span>
      </summary>
      <div className="border-t border-slate-100 px-4 pb-4 pt-3">
        <div
          className={markdownClass}
          dangerouslySetInnerHTML={{ __html: answerHtml }}
        />
        {serviceLink ? (
          <p className="mt-3">
            <a href={serviceLink.href} className="inline-flex min-h-11 items-center rounded-lg bg-brand-50 px-3 font-medium text-brand-700 underline">
              {serviceLink.label} →
            </a>
          </p>
        ) : null}
        <div className="mt-4 flex flex-wrap items-center gap-2 text-sm" aria-live="polite">
          {voted === null ? (
            <>
              <span id={`helpful-${id}`}>{words.helpfulQuestion}</span>
              <span role="group" aria-labelledby={`helpful-${id}`} className="flex gap-2">
                <button type="button" disabled={pending} onClick={() => vote(true)} className="min-h-11 min-w-16 rounded-lg border border-slate-400 px-3 font-medium hover:border-brand-700">{words.yes}</button>
                <button type="button" disabled={pending} onClick={() => vote(false)} className="min-h-11 min-w-16 rounded-lg border border-slate-400 px-3 font-medium hover:border-brand-700">{words.no}</button>
              </span>
            </>
          ) : (
            <span role="status">{words.thanks}</span>
          )}
        </div>
      </div>
    </details>
  );
}
