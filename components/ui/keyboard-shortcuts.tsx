"use client";
import { useCallback, useEffect, useId, useRef, useState } from "react";

export type Shortcut = {
  keys: string[];
  label: string;
  /** The key of a `data-shortcut` element on the page: listed only when that element is there. */
  target?: string;
};
export type ShortcutGroup = { title: string; items: Shortcut[] };
type Words = { open: string; title: string; intro: string; close: string };

/** Keys pressed in a text field, a list box or an editable area are the person's typing, never a shortcut. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLInputElement) return !["checkbox", "radio", "button", "submit", "reset"].includes(target.type);
  return target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement;
}

const shown = (el: HTMLElement) => !(el as HTMLButtonElement).disabled && el.getClientRects().length > 0;

/** The row (of a table with `data-row-link` links) that holds the focus, and all rows' links. */
function rowState() {
  const links = Array.from(document.querySelectorAll<HTMLAnchorElement>("[data-row-link]"));
  const row = document.activeElement?.closest("tr");
  const index = row ? links.findIndex((l) => row.contains(l)) : -1;
  return { links, index };
}

/**
 * Keyboard shortcuts of a staff page and the "?" dialog that lists them. A `list` page moves through
 * its rows with j/k (the focus is the selection), toggles the row's `data-row-select` checkbox with x and
 * opens it with Enter; "/" goes to the search box. Other keys go to the page's `data-shortcut="<key>"`
 * element: a link is followed, anything else (an action button, a form's first field) gets the focus
 * only, so one stray key never changes a record: Enter or typing does that. No key fires while the
 * person types in a field, with a modifier held, or while a dialog is open.
 */
export function KeyboardShortcuts({ groups, words, list = false }: { groups: ShortcutGroup[]; words: Words; list?: boolean }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<Element | null>(null);
  const [present, setPresent] = useState<Set<string>>(new Set());
  const titleId = useId();

  const openHelp = useCallback(() => {
    const el = dialog.current;
    if (!el || el.open) return;
    opener.current = document.activeElement;
    const keys = Array.from(document.querySelectorAll<HTMLElement>("[data-shortcut]")).filter(shown).map((e) => e.dataset.shortcut ?? "");
    setPresent(new Set(keys));
    el.showModal(); // modal: the rest of the page is inert (focus stays inside) and Esc closes it
  }, []);

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      if (document.querySelector("dialog[open]")) return;
      const key = event.key;
      if (key === "?") {
        event.preventDefault();
        return openHelp();
      }
      if (list && (key === "j" || key === "k")) {
        const { links, index } = rowState();
        if (!links.length) return;
        event.preventDefault();
        const next = index === -1 ? 0 : key === "j" ? Math.min(index + 1, links.length - 1) : Math.max(index - 1, 0);
        links[next].focus();
        links[next].scrollIntoView({ block: "nearest" });
        return;
      }
      if (list && key === "x") {
        const { links, index } = rowState();
        const box = index === -1 ? null : links[index].closest("tr")?.querySelector<HTMLInputElement>("[data-row-select]");
        if (!box) return;
        event.preventDefault();
        box.click();
        return;
      }
      if (list && key === "Enter") {
        // On the row's link Enter is the browser's own; from its checkbox it opens the row too.
        const { links, index } = rowState();
        if (index === -1 || document.activeElement === links[index] || document.activeElement?.tagName === "BUTTON") return;
        event.preventDefault();
        links[index].click();
        return;
      }
      if (list && key === "/") {
        const search = document.querySelector<HTMLInputElement>('input[name="q"]');
        if (!search) return;
        event.preventDefault();
        search.focus();
        return;
      }
      if (key.length !== 1) return;
      const target = Array.from(document.querySelectorAll<HTMLElement>(`[data-shortcut="${CSS.escape(key)}"]`)).find(shown);
      if (!target) return;
      event.preventDefault(); // the key is not typed into the field that now has the focus
      if (target instanceof HTMLAnchorElement) return target.click();
      target.scrollIntoView({ block: "center" });
      target.focus();
    }
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [list, openHelp]);

  const close = () => dialog.current?.close();

  // A modal dialog already makes the page inert; Tab also cycles inside it instead of leaving for the
  // browser's own controls, so the focus never lands behind the dialog.
  const trap = (event: React.KeyboardEvent<HTMLDialogElement>) => {
    if (event.key !== "Tab" || !dialog.current) return;
    const items = Array.from(dialog.current.querySelectorAll<HTMLElement>("button, a[href], [tabindex]:not([tabindex='-1'])"));
    if (!items.length) return;
    const at = items.indexOf(document.activeElement as HTMLElement);
    const next = event.shiftKey ? (at <= 0 ? items.length - 1 : at - 1) : (at === items.length - 1 ? 0 : at + 1);
    event.preventDefault();
    items[next].focus();
  };

  return (
    <>
      <button
        type="button"
        onClick={openHelp}
        aria-keyshortcuts="?"
        className="inline-flex min-h-9 items-center gap-1 rounded-lg border border-slate-400 bg-white px-3 text-sm text-slate-800 hover:bg-slate-50"
      >
        <kbd className="rounded border border-slate-300 bg-slate-50 px-1 font-mono text-xs">?</kbd> {words.open}
      </button>
      <dialog
        ref={dialog}
        aria-labelledby={titleId}
        onKeyDown={trap}
        onClose={() => (opener.current instanceof HTMLElement ? opener.current.focus() : undefined)}
        onClick={(e) => (e.target === dialog.current ? close() : undefined)}
        className="m-auto w-[min(32rem,calc(100vw-2rem))] rounded-xl border border-slate-200 bg-white p-0 text-slate-900 shadow-xl backdrop:bg-slate-900/40"
      >
        <div className="max-h-[80vh] overflow-y-auto p-5">
          <h2 id={titleId} className="text-lg font-semibold">{words.title}</h2>
          <p className="mb-3 text-sm text-slate-600">{words.intro}</p>
          {groups.map((group) => {
            const items = group.items.filter((i) => !i.target || present.has(i.target));
            if (!items.length) return null;
            return (
              <section key={group.title} className="mb-3">
                <h3 className="mb-1 text-sm font-semibold text-slate-700">{group.title}</h3>
                <dl className="grid grid-cols-[6rem_1fr] gap-x-4 gap-y-1 text-sm">
                  {items.map((item) => (
                    <div key={item.keys.join("+") + item.label} className="contents">
                      <dt className="whitespace-nowrap">
                        {item.keys.map((k) => <kbd key={k} className="mr-1 rounded border border-slate-300 bg-slate-50 px-1.5 font-mono text-xs">{k}</kbd>)}
                      </dt>
                      <dd>{item.label}</dd>
                    </div>
                  ))}
                </dl>
              </section>
            );
          })}
          <div className="mt-4 flex justify-end">
            <button type="button" onClick={close} autoFocus className="min-h-9 rounded-lg bg-brand-700 px-4 text-sm font-medium text-white">{words.close}</button>
          </div>
        </div>
      </dialog>
    </>
  );
}
