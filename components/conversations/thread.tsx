"use client";
import { useCallback, useEffect, useMemo, useRef, useState, useTransition, type FormEvent, type KeyboardEvent } from "react";
import { useRouter } from "next/navigation";
import { fill, textFor } from "@/i18n/fill";
import { markReadAction, sendMessageAction } from "@/lib/conversations/actions";
import type { CannedAnswerRow, ThreadMessage } from "@/lib/conversations/data";
import { fillTemplate, insertAnswer, shortcutQuery, type TemplateValues } from "@/lib/conversations/template";
import { useRealtime } from "@/lib/realtime/client";
import type { ThreadWords } from "./words";

type Props = {
  conversationId: string | null;
  /** For a request's or complaint's thread not started yet: the first message creates it. */
  target?: { requestId: string } | { complaintId: string };
  staff: boolean;
  initialMessages: ThreadMessage[];
  canned?: CannedAnswerRow[];
  templateValues?: TemplateValues;
  words: ThreadWords;
  locale: string;
  /** Staff pages are dense; resident pages keep 44 px targets. */
  dense?: boolean;
  /** "Hemat data" (lib/http/data-saver): photos are links with their name, not thumbnails. */
  dataSaver?: boolean;
};

const MAX_FILES = 3;

function mergeMessages(current: ThreadMessage[], incoming: ThreadMessage[]) {
  if (incoming.length === 0) return current;
  const seen = new Set(current.map((m) => m.id));
  const merged = [...current, ...incoming.filter((m) => !seen.has(m.id))];
  merged.sort((a, b) => (BigInt(a.seq) < BigInt(b.seq) ? -1 : 1));
  return merged;
}

export function Thread({ conversationId: initialId, target, staff, initialMessages, canned = [], templateValues = {}, words, locale, dense = false, dataSaver = false }: Props) {
  const router = useRouter();
  const [conversationId, setConversationId] = useState(initialId);
  const [messages, setMessages] = useState(initialMessages);
  const [text, setText] = useState("");
  const [files, setFiles] = useState<File[]>([]);
  const [internal, setInternal] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const [highlight, setHighlight] = useState(0);
  const [dismissed, setDismissed] = useState<string | null>(null);
  const lastSeq = useRef(initialMessages.at(-1)?.seq ?? "0");
  const listRef = useRef<HTMLOListElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const textRef = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    lastSeq.current = messages.at(-1)?.seq ?? "0";
    listRef.current?.lastElementChild?.scrollIntoView({ block: "nearest" });
  }, [messages]);

  const refresh = useCallback(async () => {
    if (!conversationId) return;
    const res = await fetch(`/api/percakapan/${conversationId}/pesan?after=${lastSeq.current}`, { cache: "no-store" });
    if (!res.ok) return;
    const body = (await res.json()) as { messages: ThreadMessage[] };
    setMessages((current) => mergeMessages(current, body.messages));
  }, [conversationId]);

  useRealtime(conversationId ? `/api/percakapan/${conversationId}/events` : null, () => void refresh(), { onLive: refresh });

  // "Mark as read when seen": whenever new messages arrive while the page is visible.
  const lastMarked = useRef<string | null>(null);
  useEffect(() => {
    if (!conversationId) return;
    const mark = (force = false) => {
      const seq = lastSeq.current;
      if ((!force && document.visibilityState !== "visible") || lastMarked.current === seq) return;
      lastMarked.current = seq;
      void markReadAction({ conversationId });
    };
    // Opening the thread is seeing it; later messages count as seen while the page is visible.
    mark(lastMarked.current === null);
    const onVisible = () => mark();
    document.addEventListener("visibilitychange", onVisible);
    return () => document.removeEventListener("visibilitychange", onVisible);
  }, [conversationId, messages]);

  const query = staff ? shortcutQuery(text) : null;
  const suggestions = useMemo(() => (query === null || query === dismissed ? [] : canned.filter((c) => c.shortcut.startsWith(query)).slice(0, 8)), [query, dismissed, canned]);
  const showSuggestions = query !== null && query !== dismissed;

  function pick(answer: CannedAnswerRow) {
    setText((current) => insertAnswer(current, fillTemplate(answer.body, templateValues)));
    setHighlight(0);
    textRef.current?.focus();
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (showSuggestions && suggestions.length > 0) {
      if (event.key === "ArrowDown" || event.key === "ArrowUp") {
        event.preventDefault();
        setHighlight((h) => (h + (event.key === "ArrowDown" ? 1 : suggestions.length - 1)) % suggestions.length);
        return;
      }
      if (event.key === "Enter" || event.key === "Tab") {
        event.preventDefault();
        pick(suggestions[Math.min(highlight, suggestions.length - 1)]);
        return;
      }
    }
    if (showSuggestions && event.key === "Escape") {
      setDismissed(query);
      return;
    }
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      event.currentTarget.form?.requestSubmit();
    }
  }

  function onFiles(list: FileList | null) {
    if (!list) return;
    const next = [...files, ...Array.from(list)];
    setError(next.length > MAX_FILES ? textFor(words.errors, "too_many", words.errors.unknown) : null);
    setFiles(next.slice(0, MAX_FILES));
    if (fileInput.current) fileInput.current.value = "";
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData();
    if (conversationId) form.set("conversationId", conversationId);
    else if (target && "requestId" in target) form.set("requestId", target.requestId);
    else if (target) form.set("complaintId", target.complaintId);
    form.set("body", text);
    if (staff && internal) form.set("internal", "1");
    for (const f of files) form.append("files", f);
    startTransition(async () => {
      const result = await sendMessageAction(form);
      if (!result.ok) {
        const fieldErrors = "fieldErrors" in result ? result.fieldErrors : undefined;
        const code = fieldErrors?.body ?? fieldErrors?.files ?? result.error;
        setError(textFor(words.errors, code, words.errors.unknown));
        return;
      }
      setError(null);
      setText("");
      setFiles([]);
      setInternal(false);
      if (!conversationId) {
        setConversationId(result.conversationId);
        router.refresh();
      }
      const res = await fetch(`/api/percakapan/${result.conversationId}/pesan?after=${lastSeq.current}`, { cache: "no-store" });
      if (res.ok) {
        const body = (await res.json()) as { messages: ThreadMessage[] };
        setMessages((current) => mergeMessages(current, body.messages));
      }
    });
  }

  const time = new Intl.DateTimeFormat(locale, { timeZone: "Asia/Jakarta", day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" });
  const authorLabel = (m: ThreadMessage) => {
    switch (m.author.kind) {
      case "me":
        return words.author.me;
      case "staff":
        return m.author.name ? fill(words.author.staff, { name: m.author.name }) : words.author.staffAnon;
      case "anonymous":
        return words.author.anonymous;
      case "resident":
        return m.author.name ?? words.author.resident;
      default:
        return "";
    }
  };
  const target44 = dense ? "min-h-9" : "min-h-11";

  return (
    <div className="flex flex-col gap-3" data-testid="thread">
      <ol ref={listRef} className="flex max-h-[60vh] flex-col gap-2 overflow-y-auto rounded-lg bg-slate-50 p-3" aria-live="polite" aria-label={words.composer.label}>
        {messages.length === 0 ? <li className="text-sm text-slate-600">{words.empty}</li> : null}
        {messages.map((m) =>
          m.kind === "SYSTEM" ? (
            <li key={m.id} className="text-center text-xs text-slate-600" data-testid="system-line">
              {fill(words.system[m.systemCode ?? ""] ?? "", { arg: m.systemArg ?? "" })} · <time dateTime={m.createdAt}>{time.format(new Date(m.createdAt))}</time>
            </li>
          ) : (
            <li
              key={m.id}
              data-testid="message"
              className={`max-w-[85%] rounded-2xl px-3 py-2 text-base shadow-sm ${
                m.kind === "INTERNAL" ? "self-end border border-amber-300 bg-amber-50" : m.author.kind === "me" ? "self-end bg-brand-700 text-white" : "self-start bg-white"
              }`}
            >
              <p className={`text-xs font-semibold ${m.author.kind === "me" && m.kind !== "INTERNAL" ? "text-brand-50" : "text-slate-600"}`}>
                {authorLabel(m)}
                {m.kind === "INTERNAL" ? ` · ${words.internalNote}` : ""} · <time dateTime={m.createdAt}>{time.format(new Date(m.createdAt))}</time>
                {m.waStatus ? <span data-testid="wa-status">{` · ${words.waStatus[m.waStatus] ?? m.waStatus}`}</span> : null}
              </p>
              {m.body ? <p className="whitespace-pre-wrap break-words">{m.body}</p> : null}
              {m.attachments.length > 0 ? (
                <ul className="mt-2 flex flex-wrap gap-2">
                  {m.attachments.map((a) => (
                    <li key={a.id}>
                      {a.mime.startsWith("image/") && !dataSaver ? (
                        <a href={`/api/files/${a.id}`} target="_blank" rel="noreferrer">
                          {/* eslint-disable-next-line @next/next/no-img-element -- private file behind an authorized route */}
                          <img src={`/api/files/${a.id}`} alt={a.name} className="h-24 w-24 rounded-md object-cover" />
                        </a>
                      ) : (
                        <a href={`/api/files/${a.id}`} className="underline">
                          {a.name}
                        </a>
                      )}
                    </li>
                  ))}
                </ul>
              ) : null}
            </li>
          ),
        )}
      </ol>

      <form onSubmit={submit} className="flex flex-col gap-2">
        <label htmlFor={`composer-${conversationId ?? "new"}`} className="text-sm font-medium">
          {words.composer.label}
        </label>
        <div className="relative">
          <textarea
            ref={textRef}
            id={`composer-${conversationId ?? "new"}`}
            name="body"
            rows={dense ? 3 : 3}
            value={text}
            maxLength={4000}
            onChange={(e) => {
              setText(e.target.value);
              setDismissed(null);
              setHighlight(0);
            }}
            onKeyDown={onKeyDown}
            placeholder={staff ? words.composer.staffPlaceholder : words.composer.placeholder}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? "composer-error" : undefined}
            aria-autocomplete={staff ? "list" : undefined}
            aria-controls={showSuggestions ? "canned-list" : undefined}
            className="w-full rounded-lg border border-slate-300 px-3 py-2 text-base focus:border-brand-700 focus:outline-none focus:ring-2 focus:ring-brand-700/30"
          />
          {showSuggestions ? (
            <div className="absolute bottom-full left-0 z-10 mb-1 w-full max-w-md rounded-lg border border-slate-300 bg-white shadow-lg">
              <p className="px-3 pt-2 text-xs font-semibold text-slate-600">{words.composer.cannedList}</p>
              {suggestions.length === 0 ? (
                <p className="px-3 pb-2 text-sm text-slate-600">{words.composer.cannedNone}</p>
              ) : (
                <ul id="canned-list" role="listbox" aria-label={words.composer.cannedList} className="py-1">
                  {suggestions.map((c, i) => (
                    <li
                      key={c.id}
                      role="option"
                      aria-selected={i === highlight}
                      onMouseDown={(e) => {
                        e.preventDefault();
                        pick(c);
                      }}
                      className={`cursor-pointer px-3 py-1 text-sm ${i === highlight ? "bg-brand-50" : ""}`}
                    >
                      <span className="font-mono font-semibold">/{c.shortcut}</span> <span className="text-slate-700">{c.body.slice(0, 80)}</span>
                    </li>
                  ))}
                </ul>
              )}
            </div>
          ) : null}
        </div>
        {files.length > 0 ? (
          <ul className="flex flex-wrap gap-2 text-sm">
            {files.map((f, i) => (
              <li key={`${f.name}-${i}`} className="flex items-center gap-1 rounded-full bg-slate-100 px-3 py-1">
                {f.name}
                <button
                  type="button"
                  className={`${target44} min-w-9 rounded-full px-2 text-slate-700 hover:bg-slate-200`}
                  aria-label={fill(words.composer.remove, { name: f.name })}
                  onClick={() => setFiles(files.filter((_, j) => j !== i))}
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
        ) : null}
        {error ? (
          <p id="composer-error" role="alert" className="text-sm font-medium text-red-700">
            {error}
          </p>
        ) : null}
        <div className="flex flex-wrap items-center gap-2">
          <label className={`${target44} inline-flex cursor-pointer items-center rounded-lg border border-slate-300 bg-white px-3 text-sm font-medium hover:bg-slate-100`}>
            {words.composer.attach}
            <input
              ref={fileInput}
              type="file"
              name="files"
              accept="image/jpeg,image/png,image/webp,application/pdf"
              multiple
              className="sr-only"
              onChange={(e) => onFiles(e.target.files)}
              disabled={files.length >= MAX_FILES}
            />
          </label>
          {staff ? (
            <label className="inline-flex items-center gap-2 text-sm">
              <input type="checkbox" checked={internal} onChange={(e) => setInternal(e.target.checked)} className="h-4 w-4 shrink-0" />
              {words.composer.internal}
            </label>
          ) : null}
          <button
            type="submit"
            disabled={pending}
            className={`${target44} ml-auto inline-flex items-center rounded-lg bg-brand-700 px-4 font-medium text-white hover:bg-brand-800 disabled:bg-slate-500`}
          >
            {pending ? words.composer.sending : words.composer.send}
          </button>
        </div>
        <p className="text-xs text-slate-600">{words.composer.attachHint}</p>
      </form>
    </div>
  );
}
