// Runs the HTTP half of the authorization matrix (test/authz/matrix.ts) against a running server:
// used by e2e/authz-matrix.desktop.spec.ts (the built app on its seeded database) and runnable by
// hand: `npx tsx test/authz/run-http.ts http://localhost:PORT postgresql://…`.
// Each role signs in once through Auth.js's credentials endpoint and its cookie is reused.
// Requests never follow redirects, so "redirect to /masuk" is seen as such.
import pg from "pg";
import { discoverRoutes } from "./discover";
import { loadFixtures } from "./fixtures";
import { pages, ROLES, routes, type HttpEntry, type RoleName } from "./matrix";

const DEMO_PASSWORD = "Demo#2026"; // prisma/seed: every demo account

const accounts: Record<Exclude<RoleName, "signedOut">, string> = {
  resident: "3201014506900002", // Siti Aminah
  otherResident: "3201011203850001", // Budi Santoso, same KK as Siti
  unitStaff: "petugas@pakansari.go.id",
  otherUnitStaff: "ekbang@pakansari.go.id",
  otherOfficeStaff: "petugas@tengah.go.id",
  supervisor: "lurah@pakansari.go.id",
  admin: "admin@pakansari.go.id",
  otherOfficeAdmin: "admin@tengah.go.id",
};

const cookieOf = (res: Response) => res.headers.getSetCookie().map((c) => c.split(";")[0]);

export async function signIn(base: string, identifier: string): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = cookieOf(csrf);
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.join("; ") },
    body: new URLSearchParams({ csrfToken, identifier, password: DEMO_PASSWORD, callbackUrl: `${base}/` }),
  });
  const session = cookieOf(res).filter((c) => c.startsWith("authjs.session-token"));
  if (session.length === 0) throw new Error(`sign-in failed for ${identifier} (status ${res.status})`);
  return [...jar, ...session].join("; ");
}

/** What the person gets: a status, "login", "redirect:<path>", or "404" for a not-found page streamed with 200. */
async function outcomeOf(base: string, res: Response): Promise<string> {
  if (res.status >= 300 && res.status < 400) {
    await res.body?.cancel();
    const to = new URL(res.headers.get("location") ?? "/", base);
    return to.pathname === "/masuk" ? "login" : `redirect:${to.pathname}`;
  }
  const type = res.headers.get("content-type") ?? "";
  if (res.status !== 200 || !type.includes("text/html")) {
    await res.body?.cancel();
    return String(res.status);
  }
  const html = await res.text();
  const meta = html.match(/id="__next-page-redirect"[^>]*content="\d+;url=([^"]+)"/);
  if (meta) {
    const to = new URL(meta[1].replace(/&amp;/g, "&"), base);
    return to.pathname === "/masuk" ? "login" : `redirect:${to.pathname}`;
  }
  // The rendered heading, not the RSC payload (which carries the not-found boundary on every page).
  if (/<h1[^>]*>Halaman tidak ditemukan</.test(html)) return "404";
  return "200";
}

function matches(actual: string, expected: string) {
  if (actual === expected) return true;
  return expected.startsWith("redirect:") && expected !== "redirect:/" && actual.startsWith(`${expected}/`);
}

function urlOf(base: string, fixtures: Record<string, string>, pattern: string, entry: HttpEntry): string {
  const filled = pattern.replace(/\[(?:\.\.\.)?(\w+)\]/g, (_m, name: string) => {
    const ref = entry.params?.[name];
    if (!ref) throw new Error(`${pattern}: no params.${name} in test/authz/matrix.ts`);
    const value = ref.startsWith("=") ? ref.slice(1) : fixtures[ref];
    if (value === undefined) throw new Error(`${pattern}: unknown fixture "${ref}" (test/authz/fixtures.ts)`);
    return value;
  });
  return `${base}${filled}${entry.query ? `?${entry.query}` : ""}`;
}

async function ask(base: string, cookie: string | undefined, method: string, url: string, entry: HttpEntry): Promise<string> {
  const headers: Record<string, string> = { accept: "text/html,application/json;q=0.9,*/*;q=0.8" };
  if (cookie) headers.cookie = cookie;
  if (entry.body !== undefined) {
    headers["content-type"] = entry.body.startsWith("{") ? "application/json" : "application/x-www-form-urlencoded";
    headers.origin = base;
  }
  const res = await fetch(url, { method, headers, body: entry.body, redirect: "manual", signal: AbortSignal.timeout(45_000) });
  return outcomeOf(base, res);
}


export type MatrixResult = { entries: number; roles: number; cells: number; passed: number; wrong: string[] };

export async function runHttpMatrix(base: string, databaseUrl: string): Promise<MatrixResult> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  let fixtures: Record<string, string>;
  try {
    fixtures = await loadFixtures(client);
  } finally {
    await client.end();
  }
  const cookies: Partial<Record<RoleName, string>> = {};
  for (const [role, identifier] of Object.entries(accounts)) cookies[role as RoleName] = await signIn(base, identifier);

  const checks = discoverRoutes().flatMap((route) =>
    route.methods.map((method) => ({ route, method, entry: route.kind === "page" ? pages[route.pattern] : routes[route.pattern]?.[method as "GET"] })),
  );
  const wrong: string[] = [];
  let passed = 0;
  for (const { route, method, entry } of checks) {
    if (!entry) {
      wrong.push(`${method} ${route.pattern}: no entry in test/authz/matrix.ts`);
      continue;
    }
    const url = urlOf(base, fixtures, route.pattern, entry);
    // The nine roles of one entry at once; entries one after another (two cores, shared server).
    const got = await Promise.all(ROLES.map((role) => ask(base, cookies[role], method, url, entry).catch((e: Error) => `error ${e.message}`)));
    ROLES.forEach((role, i) => {
      if (matches(got[i], entry.expect[role])) passed += 1;
      else wrong.push(`${method} ${url.replace(base, "")} as ${role}: expected ${entry.expect[role]}, got ${got[i]}`);
    });
  }
  return { entries: checks.length, roles: ROLES.length, cells: checks.length * ROLES.length, passed, wrong };
}
