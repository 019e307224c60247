import { expect, test } from "@playwright/test";
import { demo, expectAccessible, login } from "./fixtures";

// Issue 16: the resident menu at 360 px shows every main destination without sideways
// scrolling, and the app is installable (manifest, icons, service worker, offline page).
test.use({ viewport: { width: 360, height: 780 } });

test("the resident tab bar shows every main destination at 360 px", async ({ page }) => {
  await login(page, demo.siti);
  await page.goto("/warga/pengaduan");
  const tabs = page.getByRole("navigation", { name: "Menu utama" });
  for (const name of ["Beranda", "Permohonan", "Pengaduan", "Antrean", "Lainnya"]) await expect(tabs.getByRole("link", { name })).toBeVisible();
  await expect(tabs.getByRole("link", { name: "Pengaduan" })).toHaveAttribute("aria-current", "page");
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  for (const link of await tabs.getByRole("link").all()) expect((await link.boundingBox())!.height).toBeGreaterThanOrEqual(48);
  await expectAccessible(page);

  await tabs.getByRole("link", { name: "Lainnya" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Menu lainnya" })).toBeVisible();
  await expect(tabs.getByRole("link", { name: "Lainnya" })).toHaveAttribute("aria-current", "page");
  for (const name of ["Percakapan", "Kritik & saran", "Bantuan", "Profil"]) await expect(page.getByRole("main").getByRole("link", { name })).toBeVisible();
  await expectAccessible(page);
});

test("the app can be installed and works offline with its own page", async ({ page, request }) => {
  const manifest = await (await request.get("/manifest.webmanifest")).json();
  expect(manifest.short_name).toBe("Layanan Warga");
  expect(manifest.icons.filter((i: { purpose: string }) => i.purpose === "maskable").map((i: { sizes: string }) => i.sizes)).toEqual(["192x192", "512x512"]);
  expect(manifest.shortcuts.map((s: { name: string }) => s.name)).toEqual(["Ajukan permohonan", "Pengaduan", "Antrean saya"]);
  for (const icon of manifest.icons) expect((await request.get(icon.src)).headers()["content-type"]).toBe("image/png");

  await login(page, demo.siti);
  await page.goto("/warga");
  await page.evaluate(() => navigator.serviceWorker.ready);
  const cached = await page.evaluate(async () => (await Promise.all((await caches.keys()).map(async (k) => (await (await caches.open(k)).keys()).map((r) => new URL(r.url).pathname)))).flat());
  expect(cached).toContain("/offline");
  expect(cached.some((p) => p.startsWith("/warga") || p.startsWith("/api/"))).toBe(false); // nothing personal

  // A draft typed on this phone is gone once the resident signs out (shared phones).
  await page.goto("/warga/pengaduan/baru");
  await page.getByLabel("Judul singkat").fill("Draf yang tidak boleh tertinggal");
  await page.waitForTimeout(600);
  // Drafts kept on this phone (the "kv" store of the app's IndexedDB), counted without opening a new database.
  const drafts = () =>
    page.evaluate(async () => {
      if (!(await indexedDB.databases()).some((d) => d.name === "layanan-warga")) return 0;
      const db = await new Promise<IDBDatabase>((ok, no) => Object.assign(indexedDB.open("layanan-warga"), { onsuccess(this: IDBOpenDBRequest) { ok(this.result); }, onerror: no }));
      if (!db.objectStoreNames.contains("kv")) return db.close(), 0;
      const keys = await new Promise<IDBValidKey[]>((ok) => Object.assign(db.transaction("kv").objectStore("kv").getAllKeys(), { onsuccess(this: IDBRequest<IDBValidKey[]>) { ok(this.result); } }));
      db.close();
      return keys.filter((k) => String(k).startsWith("draft:")).length;
    });
  expect(await drafts()).toBe(1);
  await page.getByRole("button", { name: "Keluar" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/warga"));
  expect(await drafts()).toBe(0);
  await login(page, demo.siti);
  await page.goto("/warga/pengaduan/baru");
  await expect(page.getByLabel("Judul singkat")).toHaveValue("");
});
