import fs from "node:fs";
import { expect, test } from "@playwright/test";
import { demo, expectAccessible, login } from "./fixtures";

// The queue as a desk tool: filters live in the URL, the export holds the filtered rows with masked
// NIKs, and bulk actions report per row.

test("filters survive a reload and the CSV export holds the same rows with masked NIKs", async ({ page }) => {
  await login(page, demo.lurah);
  await page.goto("/petugas/permohonan");
  await page.getByLabel("Status", { exact: true }).selectOption("all");
  await page.getByLabel("Cari").fill("Siti Aminah");
  await page.getByRole("button", { name: "Terapkan" }).click();
  await expect(page).toHaveURL(/status=all/);
  await expect(page).toHaveURL(/q=Siti/);
  await page.reload();
  await expect(page.getByLabel("Cari")).toHaveValue("Siti Aminah");
  const numbers = await page.locator("[data-row-link]").allTextContents();
  expect(numbers.length).toBeGreaterThan(2);
  await expect(page.getByText("3201••••••••0002").first()).toBeVisible();
  await expect(page.getByText("3201014506900002")).toHaveCount(0);
  await expectAccessible(page);

  // Keyboard: "/" jumps to the search box, "j" to the first row.
  await page.locator("body").click({ position: { x: 5, y: 5 } });
  await page.keyboard.press("j");
  await expect(page.locator("[data-row-link]").first()).toBeFocused();
  await page.keyboard.press("/");
  await expect(page.getByLabel("Cari")).toBeFocused();

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Ekspor CSV" }).click()]);
  const csv = fs.readFileSync((await download.path())!, "utf8").replace(/^\uFEFF/, "");
  const lines = csv.trim().split("\r\n");
  expect(lines[0]).toContain("Nomor,Layanan,Pemohon");
  // Newer requests may arrive between the page and the export; the page's rows must all be there.
  const exported = lines.slice(1).map((l) => l.split(",")[0]);
  for (const n of numbers) expect(exported).toContain(n.trim());
  expect(csv).toContain("3201••••••••0002");
  expect(csv).not.toContain("3201014506900002");
});

test("bulk assignment reports a result for every selected row", async ({ page }) => {
  await login(page, "ekbang@pakansari.go.id");
  await page.goto("/petugas/permohonan");
  const rows = page.locator("tbody tr");
  await expect(rows.first()).toBeVisible();
  const count = await rows.count();
  await page.getByLabel("Pilih semua baris di halaman ini").check();
  await expect(page.getByText(`${count} baris dipilih`)).toBeVisible();
  await page.getByLabel("Tindakan", { exact: true }).selectOption("assign");
  await page.getByLabel("Tugaskan ke").selectOption({ label: "Saya sendiri" });
  await page.getByRole("button", { name: `Jalankan untuk ${count} baris` }).click();
  await expect(page.getByRole("heading", { name: "Hasil per baris" })).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: "Berhasil" })).toHaveCount(count);
  await expect(page.locator("tbody tr").filter({ hasText: "Agus Saputra" })).toHaveCount(count);
});

test("staff of another office get 404 for a Pakansari request", async ({ page, browser }) => {
  await login(page, demo.petugas);
  await page.goto("/petugas/permohonan?status=all");
  await page.locator("[data-row-link]").first().click();
  await page.waitForURL(/\/petugas\/permohonan\/(?!baru)[^/?]+$/);
  const url = page.url();
  const other = await browser.newContext();
  const tengah = await other.newPage();
  await login(tengah, demo.petugasTengah);
  // The staff area streams its shell first, so the page shows "not found" (the status may already be 200).
  for (const path of [url, `${url}/tanda-terima`]) {
    await tengah.goto(path);
    await expect(tengah.getByRole("heading", { name: /Halaman tidak ditemukan|Permohonan tidak ditemukan/ })).toBeVisible();
    await expect(tengah.getByText("Siti Aminah").or(tengah.getByText("Budi Santoso"))).toHaveCount(0);
  }
  await other.close();
});
