// Several instances, one database: a catalogue edit made through any instance (a bump of a
// public cache tag, lib/action expireTag) drops the pages every instance's page cache keeps
// (scripts/lib/page-cache.mjs, NOTIFY from the cache_versions trigger), and an instance that
// lost its connection drops everything when it is back.
import http from "node:http";
import type { AddressInfo } from "node:net";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { bumpCacheVersion } from "@/lib/http/cache-version/mutations";
// @ts-expect-error plain ESM helper without types
import { createPageCache } from "../scripts/lib/page-cache.mjs";

type Cache = { serve: (rq: http.IncomingMessage, rs: http.ServerResponse, next: (rq: http.IncomingMessage, rs: http.ServerResponse) => void) => void; listening: () => boolean; close: () => Promise<void> };
const servers: http.Server[] = [];
const caches: Cache[] = [];
afterAll(async () => {
  await Promise.all(caches.map((c) => c.close()));
  await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
});

let title = "Surat Keterangan Domisili";
/** One app instance: a page cache in front of a renderer that shows the current title. */
async function instance() {
  const cache: Cache = createPageCache({ seconds: 120, databaseUrl: process.env.DATABASE_URL, log: () => {} });
  caches.push(cache);
  let n = 0;
  const server = http.createServer((rq, rs) =>
    cache.serve(rq, rs, (_q, s) => {
      n += 1;
      s.setHeader("content-type", "text/html; charset=utf-8");
      s.setHeader("content-security-policy", `script-src 'nonce-${Buffer.from(`r${n}`).toString("base64")}'`);
      s.end(`<h1>${title}</h1>`);
    }),
  );
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/layanan/kelurahan-pakansari`;
  return { cache, page: async () => (await fetch(url)).text() };
}

async function eventually(check: () => Promise<boolean>, ms = 3000) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 25));
  }
  return false;
}

describe("page cache across instances", () => {
  it("an edit on one instance is seen on both at once, not after the cache's lifetime", async () => {
    const [a, b] = [await instance(), await instance()];
    expect(await eventually(async () => a.cache.listening() && b.cache.listening())).toBe(true);
    expect(await a.page()).toContain("Domisili");
    expect(await b.page()).toContain("Domisili");
    title = "Surat Keterangan Pindah";
    expect(await a.page()).toContain("Domisili"); // kept: nothing has told the caches yet
    await bumpCacheVersion("catalogue");
    expect(await eventually(async () => (await a.page()).includes("Pindah") && (await b.page()).includes("Pindah"))).toBe(true);
  });

  it("an instance whose connection was cut drops its pages when it is back", async () => {
    const c = await instance();
    expect(await eventually(async () => c.cache.listening())).toBe(true);
    title = "Surat Keterangan Usaha";
    await c.page();
    title = "Surat Keterangan Tidak Mampu";
    const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    await admin.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query = 'LISTEN cache_versions' AND pid <> pg_backend_pid()`);
    await admin.end();
    expect(await eventually(async () => (await c.page()).includes("Tidak Mampu"), 8000)).toBe(true);
  });
});
