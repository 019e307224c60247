// Every page, route handler method and server action of the source tree has a row in the
// authorization matrix (test/authz/matrix.ts), and the matrix names nothing that no longer exists.
// Runs with the integration tests (no build needed), so a new route fails `npm test` early.
import { describe, expect, it } from "vitest";
import { discoverActions, discoverRoutes } from "@/test/authz/discover";
import { actions, pages, routes } from "@/test/authz/matrix";

const where = "test/authz/matrix.ts";

describe("authorization matrix covers the app", () => {
  const found = discoverRoutes();

  it("has an entry for every page", () => {
    const missing = found
      .filter((r) => r.kind === "page" && !(r.pattern in pages))
      .map((r) => `${where} \`pages\`: add  "${r.pattern}": { ${r.pattern.includes("[") ? "params: { … }, " : ""}expect: gate([...roles that get 200]) },   // ${r.file}`);
    expect(missing, `pages without a matrix entry:\n${missing.join("\n")}`).toEqual([]);
  });

  it("has an entry for every method of every route handler", () => {
    const missing = found.flatMap((r) =>
      r.kind !== "route"
        ? []
        : r.methods
            .filter((m) => !routes[r.pattern]?.[m as keyof (typeof routes)[string]])
            .map((m) => `${where} \`routes\`: add  "${r.pattern}": { ${m}: { expect: gate([...roles that get 200], { out: "404" }) } },   // ${r.file}`),
    );
    expect(missing, `route handler methods without a matrix entry:\n${missing.join("\n")}`).toEqual([]);
  });

  it("has an entry for every exported server action", () => {
    const missing = discoverActions()
      .filter((a) => !(a.key in actions))
      .map((a) => `${where} \`actions\`: add  "${a.key}": { allow: [...roles past the gate] },`);
    expect(missing, `server actions without a matrix entry:\n${missing.join("\n")}`).toEqual([]);
  });

  it("names only entry points that exist", () => {
    const pagePatterns = new Set(found.filter((r) => r.kind === "page").map((r) => r.pattern));
    const routeMethods = new Set(found.filter((r) => r.kind === "route").flatMap((r) => r.methods.map((m) => `${r.pattern} ${m}`)));
    const actionKeys = new Set(discoverActions().map((a) => a.key));
    const stale = [
      ...Object.keys(pages).filter((p) => !pagePatterns.has(p)).map((p) => `page ${p}`),
      ...Object.entries(routes).flatMap(([p, methods]) => Object.keys(methods).filter((m) => !routeMethods.has(`${p} ${m}`)).map((m) => `route ${p} ${m}`)),
      ...Object.keys(actions).filter((k) => !actionKeys.has(k)).map((k) => `action ${k}`),
    ];
    expect(stale, `matrix entries for entry points that no longer exist (remove them from ${where}):\n${stale.join("\n")}`).toEqual([]);
  });
});
