"use client";

import { createContext, useContext, type ReactNode } from "react";
import { fill } from "./fill";

// The few parts of next-intl's client API that resident and public forms use (t, t.has, t.raw,
// t.rich with one tag), on plain picked messages: those pages then ship no i18n library (issue 16:
// at most 15 KB of a page's own JavaScript; use-intl alone is about 12 KB gzip). Messages read
// this way must not use ICU plural/select syntax (lean.test.ts checks the namespaces that are).
type Messages = { [key: string]: string | Messages };
type Values = Record<string, string | number>;
type RichValues = Record<string, string | number | ((chunks: ReactNode) => ReactNode)>;

export type Translate = ((key: string, values?: Values) => string) & {
  has: (key: string) => boolean;
  raw: (key: string) => unknown;
  rich: (key: string, values: RichValues) => ReactNode;
};

const Words = createContext<Messages>({});

export function WordsProvider({ messages, children }: { messages: Messages; children: ReactNode }) {
  return <Words.Provider value={messages}>{children}</Words.Provider>;
}

export function lookup(messages: Messages, path: string): unknown {
  let node: unknown = messages;
  for (const part of path.split(".")) node = node && typeof node === "object" ? (node as Messages)[part] : undefined;
  return node;
}

export function translator(messages: Messages, namespace?: string): Translate {
  const full = (key: string) => (namespace ? `${namespace}.${key}` : key);
  const text = (key: string) => {
    const value = lookup(messages, full(key));
    return typeof value === "string" ? value : full(key);
  };
  const t = ((key: string, values?: Values) => (values ? fill(text(key), values) : text(key))) as Translate;
  t.has = (key) => typeof lookup(messages, full(key)) === "string";
  t.raw = (key) => lookup(messages, full(key));
  t.rich = (key, values) => {
    const plain: Values = {};
    const tags: [string, (chunks: ReactNode) => ReactNode][] = [];
    for (const [name, v] of Object.entries(values)) {
      if (typeof v === "function") tags.push([name, v]);
      else plain[name] = v;
    }
    const parts: ReactNode[] = [];
    let rest = fill(text(key), plain);
    for (const [name, render] of tags) {
      const match = new RegExp(`^([\\s\\S]*?)<${name}>([\\s\\S]*?)</${name}>([\\s\\S]*)$`).exec(rest);
      if (!match) continue;
      parts.push(match[1], <span key={name}>{render(match[2])}</span>);
      rest = match[3];
    }
    parts.push(rest);
    return parts;
  };
  return t;
}

export function useTranslations(namespace?: string): Translate {
  return translator(useContext(Words), namespace);
}
