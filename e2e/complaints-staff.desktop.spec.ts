import fs from "node:fs";
import { expect, test } from "@playwright/test";
import { demo, expectAccessible, login } from "./fixtures";

// Back-office side of complaints on a desktop: walk-in entry at a Balai RW post, the queue's
// filters and search, the daily export, and the admin's category list.

test("a walk-in complaint at the RW post, found in the queue and in the CSV export", async ({ page, browser }) => {
  const title = `Saluran tersumbat di RW 05 ${Date.now()}`;
  await login(page, demo.petugasRw);
  await page.goto("/petugas/pengaduan/baru");
  await page.getByLabel("Diterima melalui").selectOption("POS_RW");
  await page.getByLabel(/NIK pelapor/).fill("3201011203850001");
  await page.getByLabel("Kategori").selectOption({ label: "Drainase/Banjir" });
  await page.getByLabel("Judul singkat").fill(title);
  await page.getByLabel("Ceritakan masalahnya").fill("Saluran air di depan balai RW tersumbat sampah, air meluber ke jalan saat hujan.");
  await page.getByRole("radio", { name: /^Rahasia/ }).check();
  await page.getByRole("button", { name: "Kirim pengaduan" }).click();
  const done = page.getByText(/Pengaduan tercatat dengan nomor tiket/);
  await expect(done).toBeVisible();
  const ticket = (await done.textContent())!.match(/ADU-PKS-\d{4}-\d{6}/)![0];

  await page.goto(`/petugas/pengaduan?status=SUBMITTED&privacy=RAHASIA&q=${encodeURIComponent("Saluran tersumbat di RW 05")}`);
  await expect(page.getByRole("link", { name: ticket })).toBeVisible();
  await expect(page.getByRole("cell", { name: /Pos RW/ }).first()).toBeVisible();
  await expectAccessible(page);
  await page.goto("/petugas/pengaduan?status=CLOSED&q=" + ticket);
  await expect(page.getByText("Tidak ada pengaduan yang cocok dengan saringan ini.")).toBeVisible();

  await page.goto(`/petugas/pengaduan?q=${ticket}`);
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Ekspor CSV" }).click();
  const file = await download;
  const text = fs.readFileSync(await file.path(), "utf8").replace(/^\uFEFF/, "");
  const lines = text.trim().split("\r\n");
  expect(lines).toHaveLength(2);
  expect(lines[1]).toContain(ticket);
  expect(lines[1]).toContain("Budi Santoso"); // Rahasia is about the public; the leaders' export names the reporter
  expect(lines[0]).toContain("Pelapor");

  // Budi sees the complaint entered for him in his own list.
  const budiContext = await browser.newContext();
  const budi = await budiContext.newPage();
  await login(budi, "3201011203850001");
  await budi.goto("/warga/pengaduan");
  await expect(budi.getByText(ticket)).toBeVisible();
  await budiContext.close();
});

test("admin edits the complaint categories; a deactivated one leaves the form", async ({ page }) => {
  const name = `Kategori Uji ${Date.now() % 100000}`;
  await login(page, demo.admin);
  await page.goto("/admin/kategori-pengaduan");
  await expectAccessible(page);
  await page.getByLabel("Nama kategori").first().fill(name);
  await page.getByRole("button", { name: "Tambah kategori" }).click();
  const row = page.getByRole("listitem").filter({ hasText: name });
  await expect(row).toBeVisible();
  await page.goto("/petugas/pengaduan/baru");
  await expect(page.getByLabel("Kategori").locator("option", { hasText: name })).toHaveCount(1);
  await page.goto("/admin/kategori-pengaduan");
  await page.getByRole("listitem").filter({ hasText: name }).getByRole("button", { name: "Nonaktifkan" }).click();
  await expect(page.getByRole("listitem").filter({ hasText: name }).getByText("Nonaktif", { exact: true })).toBeVisible();
  await page.goto("/petugas/pengaduan/baru");
  await expect(page.getByLabel("Kategori").locator("option", { hasText: name })).toHaveCount(0);
});

test("staff of another office get a 404 for a Pakansari complaint; residents cannot open the staff queue", async ({ browser }) => {
  // One browser context per person, so no session cookie can carry over between them.
  const as = async (who: string) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await login(page, who);
    return page;
  };
  const pakansari = await as(demo.petugas);
  await pakansari.goto("/petugas/pengaduan");
  const href = await pakansari.getByRole("link", { name: /^ADU-PKS-/ }).first().getAttribute("href");
  await pakansari.context().close();

  // The page streams, so the answer is the not-found page rather than a 404 status line.
  const tengah = await as(demo.petugasTengah);
  await tengah.goto(href!);
  await expect(tengah.getByRole("heading", { name: "Halaman tidak ditemukan" })).toBeVisible();
  await expect(tengah.getByText("ADU-PKS-")).toHaveCount(0);
  await tengah.context().close();

  const resident = await as(demo.siti);
  expect((await resident.goto("/petugas/pengaduan"))?.status()).toBe(404);
  expect((await resident.goto("/api/complaints/export?format=csv"))?.status()).toBe(404);
  await resident.context().close();
});
