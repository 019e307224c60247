import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// Every message file in both languages: same keys, English actually translated, same ICU arguments.

const dir = path.resolve(import.meta.dirname, "../messages");
const files = (locale: string) => fs.readdirSync(path.join(dir, locale)).filter((f) => f.endsWith(".json")).sort();

/** A message file as "a.b.c" → string (or whatever non-object sits at the leaf). */
function flatten(value: unknown, prefix = "", out = new Map<string, unknown>()): Map<string, unknown> {
  if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) flatten(v, `${prefix}${k}.`, out);
  } else {
    out.set(prefix.slice(0, -1), value);
  }
  return out;
}

const load = (locale: string, file: string) => flatten(JSON.parse(fs.readFileSync(path.join(dir, locale, file), "utf8")));

/**
 * The argument names ({name}, {count, plural, …}) and rich-text tags (<link>) of an ICU message.
 * Follows ICU quoting: '' is an apostrophe, and an apostrophe before { } < > (or # inside a
 * plural) starts quoted literal text up to the next single apostrophe; any other apostrophe is
 * plain text ("residents' data").
 */
function icuArguments(message: string): string[] {
  const found = new Set<string>();
  let i = 0;

  const readWord = () => {
    while (/\s/.test(message[i] ?? "")) i++;
    const start = i;
    while (i < message.length && !/[\s,{}]/.test(message[i])) i++;
    return message.slice(start, i);
  };
  const expect = (char: string) => {
    while (/\s/.test(message[i] ?? "")) i++;
    if (message[i] !== char) throw new SyntaxError(`expected "${char}" at ${i} in ${JSON.stringify(message)}`);
    i++;
  };

  // Text up to the "}" that closes the current sub-message (or the end at the top level).
  const text = (inPlural: boolean, nested: boolean) => {
    while (i < message.length) {
      const c = message[i];
      if (c === "'") {
        const next = message[i + 1];
        if (next === "'") i += 2;
        else if (next !== undefined && ("{}<>".includes(next) || (inPlural && next === "#"))) {
          i++;
          while (i < message.length) {
            if (message[i] === "'" && message[i + 1] === "'") i += 2;
            else if (message[i] === "'") { i++; break; }
            else i++;
          }
        } else i++;
      } else if (c === "{") {
        i++;
        argument();
      } else if (c === "}") {
        if (!nested) throw new SyntaxError(`unmatched "}" at ${i} in ${JSON.stringify(message)}`);
        return;
      } else if (c === "<") {
        const tag = /^<\/?([A-Za-z][\w-]*)\s*\/?>/.exec(message.slice(i));
        if (tag) {
          found.add(`<${tag[1]}>`);
          i += tag[0].length;
        } else i++;
      } else i++;
    }
    if (nested) throw new SyntaxError(`unclosed "{" in ${JSON.stringify(message)}`);
  };

  // After "{": name, then "}" or ", type" and either a style or plural/select options.
  const argument = () => {
    const name = readWord();
    if (!/^[\p{L}_][\p{L}\p{N}_]*$/u.test(name)) throw new SyntaxError(`bad argument name "${name}" in ${JSON.stringify(message)}`);
    found.add(name);
    while (/\s/.test(message[i] ?? "")) i++;
    if (message[i] === "}") { i++; return; }
    expect(",");
    const type = readWord();
    while (/\s/.test(message[i] ?? "")) i++;
    if (message[i] === "}") { i++; return; }
    expect(",");
    if (type === "plural" || type === "select" || type === "selectordinal") {
      for (;;) {
        while (/\s/.test(message[i] ?? "")) i++;
        if (message[i] === "}") { i++; return; }
        const selector = readWord();
        if (!selector) throw new SyntaxError(`missing selector at ${i} in ${JSON.stringify(message)}`);
        if (selector.startsWith("offset:")) continue;
        expect("{");
        text(type !== "select", true);
        expect("}");
      }
    }
    // number/date/time style such as "{n, number, ::percent}": skip to the closing brace.
    let depth = 1;
    while (i < message.length && depth > 0) {
      if (message[i] === "{") depth++;
      else if (message[i] === "}") depth--;
      i++;
    }
    if (depth > 0) throw new SyntaxError(`unclosed "{" in ${JSON.stringify(message)}`);
  };

  text(false, false);
  return [...found].sort();
}

/** Words of a message's visible text, not counting {placeholders}. "E-mail" and "SHA-256" are one word. */
const words = (message: string) => message.replace(/\{[^{}]*\}/g, " ").match(/\p{L}[\p{L}\p{N}'’-]*/gu) ?? [];

// English values that are rightly the same as the Indonesian ones although they have two or more words.
const SAME_IN_BOTH: Record<string, string> = {
  "common.json:appName": "the product's name, a proper noun",
  "common.json:languages.id": "the language's own name, shown in the language switcher",
  "notifications.json:templates.locales.id": "the language's own name",
  "admin.json:holidays.cutiBersamaBadge": "official term; the English checkbox label next to it glosses it (collective leave)",
  "survey.json:skm.byUnit": "IKM is the official index name (explained on the report) and \"per unit\" is English, like \"IKM per service\"",
  "admin.json:residents.rtRw": "column label \"RT/RW\": Indonesian neighbourhood units with no English equivalent",
  "staff.json:detail.rtRw": "address format: RT and RW are Indonesian neighbourhood units with no English equivalent",
  "staff.json:walkIn.foundDetail": "NIK, RT and RW are Indonesian identifiers with no English equivalent",
};

describe("message files", () => {
  const names = files("id");

  it("exist for the same namespaces in both languages", () => {
    expect(files("en")).toEqual(names);
  });

  it("have no dots inside a key (next-intl reads them as nesting, so such a message is never found)", () => {
    const dotted: string[] = [];
    const walk = (value: unknown, trail: string) => {
      if (!value || typeof value !== "object") return;
      for (const [key, inner] of Object.entries(value)) {
        if (key.includes(".")) dotted.push(`${trail}${key}`);
        walk(inner, `${trail}${key}/`);
      }
    };
    for (const locale of ["id", "en"]) for (const file of files(locale)) walk(JSON.parse(fs.readFileSync(path.join(dir, locale, file), "utf8")), `${locale}/${file}: `);
    expect(dotted).toEqual([]);
  });

  it.each(names)("%s has the same keys in both languages", (file) => {
    const id = [...load("id", file).keys()].sort();
    const en = [...load("en", file).keys()].sort();
    expect({ onlyInEnglish: en.filter((k) => !id.includes(k)), onlyInIndonesian: id.filter((k) => !en.includes(k)) }).toEqual({ onlyInEnglish: [], onlyInIndonesian: [] });
  });

  it.each(names)("%s is translated: no English value of two or more words equals the Indonesian one", (file) => {
    const id = load("id", file);
    const untranslated = [...load("en", file)]
      .filter(([key, value]) => typeof value === "string" && value === id.get(key) && words(value).length >= 2 && !(`${file}:${key}` in SAME_IN_BOTH))
      .map(([key, value]) => `${key}: ${JSON.stringify(value)}`);
    expect(untranslated).toEqual([]);
  });

  it("allows only same-in-both values that still exist and are still the same", () => {
    const stale = Object.keys(SAME_IN_BOTH).filter((entry) => {
      const [file, key] = entry.split(":");
      if (!names.includes(file)) return true;
      const value = load("en", file).get(key);
      return typeof value !== "string" || value !== load("id", file).get(key);
    });
    expect(stale).toEqual([]);
  });

  it.each(names)("%s uses the same ICU arguments and tags in both languages", (file) => {
    const id = load("id", file);
    const different = [...load("en", file)]
      .filter(([key, value]) => typeof value === "string" && typeof id.get(key) === "string")
      .map(([key, value]) => ({ key, en: icuArguments(value as string), id: icuArguments(id.get(key) as string) }))
      .filter(({ en, id }) => en.join() !== id.join())
      .map(({ key, en, id }) => `${key}: en {${en.join(", ")}} vs id {${id.join(", ")}}`);
    expect(different).toEqual([]);
  });
});

describe("icuArguments", () => {
  it("finds plain, plural and select arguments and rich-text tags", () => {
    expect(icuArguments("Surat terbit dengan nomor {number}.")).toEqual(["number"]);
    expect(icuArguments("Verified {count, plural, one {# time} other {# times}}")).toEqual(["count"]);
    expect(icuArguments("{n, plural, =0 {none} one {{who} once} other {{who} # times}}")).toEqual(["n", "who"]);
    expect(icuArguments("{kind, select, a {A} other {B}} at {time, time, short}")).toEqual(["kind", "time"]);
    expect(icuArguments("Read the <link>privacy notice</link>.")).toEqual(["<link>"]);
  });

  it("follows ICU quoting", () => {
    expect(icuArguments("The pattern must contain '{seq}' exactly once.")).toEqual([]);
    expect(icuArguments("Residents' data for {name}")).toEqual(["name"]);
    expect(icuArguments("It''s {name}")).toEqual(["name"]);
  });

  it("rejects broken syntax", () => {
    expect(() => icuArguments("Nomor {number")).toThrow(SyntaxError);
    expect(() => icuArguments("Nomor number}")).toThrow(SyntaxError);
  });
});
