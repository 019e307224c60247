import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { addCompileHints, COMPILE_HINT, withCompileHint } from "./compile-hints";

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

function build(files: Record<string, string>, rootMainFiles: string[]): string {
  const dist = fs.mkdtempSync(path.join(os.tmpdir(), "compile-hints-"));
  dirs.push(dist);
  fs.writeFileSync(path.join(dist, "build-manifest.json"), JSON.stringify({ rootMainFiles }));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dist, name)), { recursive: true });
    fs.writeFileSync(path.join(dist, name), text);
  }
  return dist;
}

describe("compile hints", () => {
  it("puts the hint on the first line of a script, once", () => {
    expect(withCompileHint("a()")).toBe(`${COMPILE_HINT}a()`);
    expect(withCompileHint(withCompileHint("a()"))).toBe(`${COMPILE_HINT}a()`);
    expect(COMPILE_HINT).toBe("//# allFunctionsCalledOnLoad\n");
  });

  it("marks the framework chunks every page runs, and leaves page and lazy chunks alone", async () => {
    const dist = build(
      { "static/chunks/react.js": "react()", "static/chunks/runtime.js": "rt()", "static/chunks/page.js": "page()", "static/chunks/app.css": "a{}" },
      ["static/chunks/react.js", "static/chunks/runtime.js", "static/chunks/app.css"],
    );
    await addCompileHints({ distDir: dist });
    await addCompileHints({ distDir: dist }); // a second run changes nothing
    const read = (f: string) => fs.readFileSync(path.join(dist, "static/chunks", f), "utf8");
    expect(read("react.js")).toBe(`${COMPILE_HINT}react()`);
    expect(read("runtime.js")).toBe(`${COMPILE_HINT}rt()`);
    expect(read("page.js")).toBe("page()");
    expect(read("app.css")).toBe("a{}");
  });
});
