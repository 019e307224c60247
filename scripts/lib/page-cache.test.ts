import http from "node:http";
import type { AddressInfo } from "node:net";
import zlib from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { LOCALE_COOKIE as APP_LOCALE_COOKIE } from "@/i18n/config";
import { DATA_SAVER_COOKIE as APP_DATA_SAVER_COOKIE } from "@/lib/preferences/data-saver";
// @ts-expect-error plain ESM helper without types
import { acceptsGzip, createPageCache, DATA_SAVER_COOKIE, entryFrom, LOCALE_COOKIE, pageKey, render } from "./page-cache.mjs";

type Req = { method: string; url: string; headers: Record<string, string> };
const req = (url: string, headers: Record<string, string> = {}, method = "GET"): Req => ({ method, url, headers: { host: "layanan.test", ...headers } });

describe("which requests the page cache answers", () => {
  it("keys the signed-out view of the public pages by path, query, language, data saver and scheme", () => {
    for (const url of ["/", "/layanan", "/layanan/kelurahan-pakansari", "/layanan/kelurahan-pakansari/surat-domisili", "/kantor/kelurahan-pakansari", "/statistik?kantor=x", "/berita", "/bantuan?q=ktp"]) {
      expect(pageKey(req(url)), url).not.toBeNull();
    }
    const base = pageKey(req("/layanan"));
    expect(pageKey(req("/layanan", { cookie: "NEXT_LOCALE=en" }))).not.toBe(base);
    expect(pageKey(req("/layanan", { cookie: "hemat_data=1" }))).not.toBe(base);
    expect(pageKey(req("/layanan", { "save-data": "on" }))).not.toBe(base);
    expect(pageKey(req("/layanan", { "x-forwarded-proto": "https" }))).not.toBe(base);
    expect(pageKey(req("/layanan?q=a"))).not.toBe(base);
    expect(pageKey(req("/layanan", { cookie: "authjs.csrf-token=abc" }))).toBe(base);
  });

  it("never answers a signed-in visitor, a private page, a client navigation, a server action or a non-GET", () => {
    expect(pageKey(req("/layanan", { cookie: "authjs.session-token=abc" }))).toBeNull();
    expect(pageKey(req("/layanan", { cookie: "x=1; __Secure-authjs.session-token.0=abc" }))).toBeNull();
    for (const url of ["/warga", "/masuk", "/lacak?nomor=1", "/pengaduan", "/survei/abc", "/verifikasi/abc", "/api/health", "/layanan/a/b/c"]) {
      expect(pageKey(req(url)), url).toBeNull();
    }
    expect(pageKey(req("/layanan", { rsc: "1" }))).toBeNull();
    expect(pageKey(req("/layanan?_rsc=abc"))).toBeNull();
    expect(pageKey(req("/layanan", { "next-action": "abc" }))).toBeNull();
    expect(pageKey(req("/layanan", {}, "POST"))).toBeNull();
    expect(pageKey(req("/layanan", {}, "HEAD"))).toBeNull();
  });

  it("uses the app's own cookie names", () => {
    expect(LOCALE_COOKIE).toBe(APP_LOCALE_COOKIE);
    expect(DATA_SAVER_COOKIE).toBe(APP_DATA_SAVER_COOKIE);
  });

  it("reads Accept-Encoding as browsers send it", () => {
    expect(acceptsGzip("gzip, deflate, br, zstd")).toBe(true);
    expect(acceptsGzip("br;q=1.0, gzip;q=0.8")).toBe(true);
    expect(acceptsGzip("gzip;q=0")).toBe(false);
    expect(acceptsGzip("br")).toBe(false);
    expect(acceptsGzip(undefined)).toBe(false);
  });
});

describe("a stored page", () => {
  const headers = {
    "content-type": "text/html; charset=utf-8",
    "content-security-policy": "script-src 'self' 'nonce-T0xE' 'strict-dynamic'",
    link: '</a.css>; rel=preload; as="style"; nonce="T0xE"',
    "transfer-encoding": "chunked",
  };
  const body = Buffer.from('<script nonce="T0xE">1</script><p>Surat domisili</p><script nonce="T0xE" src="/a.js"></script>');

  it("carries the new nonce wherever the render's nonce stood, and nothing of the render's", () => {
    const entry = entryFrom({ status: 200, headers, body });
    const { headers: out, body: html } = render(entry, "TkVX");
    expect(out["content-security-policy"]).toBe("script-src 'self' 'nonce-TkVX' 'strict-dynamic'");
    expect(out.link).toContain('nonce="TkVX"');
    expect(out["transfer-encoding"]).toBeUndefined();
    expect(html.toString()).toBe('<script nonce="TkVX">1</script><p>Surat domisili</p><script nonce="TkVX" src="/a.js"></script>');
  });

  it("is not kept when it sets a cookie, is not a 200 HTML page or has no nonce", () => {
    expect(entryFrom({ status: 200, headers: { ...headers, "set-cookie": ["a=1"] }, body })).toBeNull();
    expect(entryFrom({ status: 404, headers, body })).toBeNull();
    expect(entryFrom({ status: 200, headers: { ...headers, "content-type": "application/json" }, body })).toBeNull();
    expect(entryFrom({ status: 200, headers: { ...headers, "content-security-policy": "default-src 'self'" }, body })).toBeNull();
  });
});

describe("the page cache in front of a real HTTP server", () => {
  let server: http.Server | null = null;
  afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

  /** A stand-in for Next: renders a page with a fresh nonce, slowly, and counts its renders. */
  async function start(options: { seconds?: number; now?: () => number } = {}) {
    const cache = createPageCache({ seconds: options.seconds ?? 120, databaseUrl: undefined, now: options.now });
    let renders = 0;
    let title = "Surat Keterangan Domisili";
    const app = (rq: http.IncomingMessage, rs: http.ServerResponse) => {
      renders += 1;
      const nonce = Buffer.from(`n${renders}`).toString("base64");
      setTimeout(() => {
        rs.setHeader("content-type", "text/html; charset=utf-8");
        rs.setHeader("content-security-policy", `script-src 'nonce-${nonce}'`);
        if (rq.url === "/bantuan") rs.setHeader("set-cookie", "browser=1");
        rs.write(`<!doctype html><script nonce="${nonce}">self.x=1</script>`);
        rs.end(`<h1>${title}</h1>`);
      }, 30);
    };
    server = http.createServer((rq, rs) => cache.serve(rq, rs, app));
    await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    return { cache, base, renders: () => renders, setTitle: (t: string) => (title = t) };
  }

  const get = (url: string, headers: Record<string, string> = {}) =>
    new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
      http.get(url, { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      }).on("error", reject);
    });
  const nonceOf = (csp: string | string[] | undefined) => String(csp).match(/'nonce-([^']+)'/)?.[1];

  it("renders a page once for 30 visitors arriving together, and gives each its own nonce", async () => {
    const { base, renders } = await start();
    const answers = await Promise.all(Array.from({ length: 30 }, () => get(`${base}/layanan`)));
    expect(renders()).toBe(1);
    expect(answers.every((a) => a.status === 200 && a.body.toString().includes("Surat Keterangan Domisili"))).toBe(true);
    const nonces = answers.map((a) => nonceOf(a.headers["content-security-policy"]));
    expect(new Set(nonces).size).toBe(30);
    for (const a of answers) expect(a.body.toString()).toContain(`nonce="${nonceOf(a.headers["content-security-policy"])}"`);
    expect(answers.filter((a) => a.headers["x-page-cache"] === "hit")).toHaveLength(29);
  });

  it("compresses for browsers that take gzip", async () => {
    const { base } = await start();
    await get(`${base}/layanan`);
    const hit = await get(`${base}/layanan`, { "accept-encoding": "gzip, br" });
    expect(hit.headers["content-encoding"]).toBe("gzip");
    expect(zlib.gunzipSync(hit.body).toString()).toContain("Surat Keterangan Domisili");
  });

  it("renders anew after a change (clear) and after its lifetime", async () => {
    let clock = 1_000_000;
    const { cache, base, renders, setTitle } = await start({ seconds: 60, now: () => clock });
    await get(`${base}/layanan`);
    setTitle("Surat Pindah");
    expect((await get(`${base}/layanan`)).body.toString()).toContain("Surat Keterangan Domisili");
    cache.clear();
    expect((await get(`${base}/layanan`)).body.toString()).toContain("Surat Pindah");
    expect(renders()).toBe(2);
    setTitle("Surat Kematian");
    clock += 61_000;
    expect((await get(`${base}/layanan`)).body.toString()).toContain("Surat Kematian");
    expect(renders()).toBe(3);
  });

  it("passes signed-in visitors and pages that set cookies through to the app every time", async () => {
    const { base, renders } = await start();
    await get(`${base}/layanan`, { cookie: "authjs.session-token=abc" });
    await get(`${base}/layanan`, { cookie: "authjs.session-token=abc" });
    await get(`${base}/bantuan`);
    await get(`${base}/bantuan`);
    expect(renders()).toBe(4);
  });
});
