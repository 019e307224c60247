import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { translator } from "./lean";

// i18n/lean fills only "{name}" placeholders: the namespaces given to LeanIntlProvider must hold
// no ICU plural/select/number syntax, or a resident would read the raw pattern.
const LEAN_NAMESPACES = ["common", "auth", "complaints", "survey"];
const ICU = /\{\s*\w+\s*,\s*(plural|select|selectordinal|number|date|time)\b/;

function strings(node: unknown, prefix = ""): [string, string][] {
  if (typeof node === "string") return [[prefix, node]];
  if (node && typeof node === "object") return Object.entries(node).flatMap(([k, v]) => strings(v, prefix ? `${prefix}.${k}` : k));
  return [];
}

describe("lean translations", () => {
  for (const locale of ["id", "en"]) {
    for (const ns of LEAN_NAMESPACES) {
      it(`${locale}/${ns}.json has no ICU syntax`, () => {
        const messages = JSON.parse(fs.readFileSync(path.join(import.meta.dirname, "..", "messages", locale, `${ns}.json`), "utf8"));
        expect(strings(messages).filter(([, v]) => ICU.test(v)).map(([k]) => k)).toEqual([]);
      });
    }
  }

  it("reads nested keys, fills placeholders, knows what exists and falls back to the key", () => {
    const t = translator({ auth: { login: { title: "Masuk", hello: "Halo {name}" } } }, "auth.login");
    expect(t("title")).toBe("Masuk");
    expect(t("hello", { name: "Siti" })).toBe("Halo Siti");
    expect(t.has("title")).toBe(true);
    expect(t.has("missing")).toBe(false);
    expect(t("missing")).toBe("auth.login.missing");
  });

  it("renders one tag of a rich message around its words", () => {
    const t = translator({ consent: "Saya setuju dengan <link>pemberitahuan privasi</link> ini." });
    const parts = t.rich("consent", { link: (chunks) => `[${String(chunks)}]` }) as unknown[];
    expect(parts[0]).toBe("Saya setuju dengan ");
    expect(parts[2]).toBe(" ini.");
    expect((parts[1] as { props: { children: string } }).props.children).toBe("[pemberitahuan privasi]");
  });
});
